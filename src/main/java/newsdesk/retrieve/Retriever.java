package newsdesk.retrieve;

import java.util.List;

import newsdesk.index.Corpus;

/**
 * Ranks the chunks of one corpus view for a query.
 *
 * <p>Contract: at most {@code k} hits, best first, no chunk twice, every hit's article passes {@code filters};
 * an empty corpus or a query with nothing to match gives an empty list, never an error.
 */
public interface Retriever {

    List<Hit> retrieve(Corpus corpus, String query, int k, Filters filters);
}
