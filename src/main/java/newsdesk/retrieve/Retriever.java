package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.List;

import newsdesk.index.Corpus;

/**
 * Ranks the chunks of one corpus view for a query.
 *
 * <p>Contract: at most {@code k} hits, best first, no chunk twice, every hit's article passes {@code filters};
 * an empty corpus or a query with nothing to match gives an empty list, never an error. Retrievals of one search share
 * one {@link Question}, so its embedding and analysis are worked out once.
 */
public interface Retriever {

    List<Hit> retrieve(Corpus corpus, Question question, int k, Filters filters);

    /** The same for a question on its own (nothing shared with other retrievals). */
    default List<Hit> retrieve(Corpus corpus, String query, int k, Filters filters) {
        return retrieve(corpus, new Question(query), k, filters);
    }
}
