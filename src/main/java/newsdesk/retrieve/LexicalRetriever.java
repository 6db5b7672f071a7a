package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import newsdesk.index.Corpus;
import newsdesk.index.LexicalRanking;

/**
 * BM25 over chunk text, title and outlet (see {@link newsdesk.index.LexicalIndex}). The question's query runs once per search: every
 * matching chunk is scored in one pass ({@link Question#lexical}) and each retrieval takes the best {@code k} that pass
 * its filters, which ranks exactly as a top-k query with the filters as clauses (a filter never changes a score; ties
 * stay in document order).
 */
public final class LexicalRetriever implements Retriever {

    /** The outlets and days of the last corpus view searched with a restriction. */
    private volatile AcceptedArticles articles;

    @Override
    public List<Hit> retrieve(Corpus corpus, Question query, int k, Filters filters) {
        LexicalRanking ranked = query.lexical(
                terms -> LexicalRanking.of(corpus.searcher(), corpus.lexical().query(terms, Filters.NONE)),
                corpus.lexical()::analyze);
        IntPredicate accept = accepting(corpus, filters);
        LexicalRanking.Top top = ranked.best(k, doc -> {
            int row = corpus.rowOfDoc(doc);
            return row >= 0 && (accept == null || accept.test(row));
        });
        List<Hit> hits = new ArrayList<>(top.docs().length);
        for (int i = 0; i < top.docs().length; i++) {
            hits.add(new Hit(corpus.rowOfDoc(top.docs()[i]), top.scores()[i]));
        }
        return hits;
    }

    /** Which rows {@code filters} lets through, deciding each article once; {@code null} when it lets all through. */
    private IntPredicate accepting(Corpus corpus, Filters filters) {
        if (filters.isEmpty()) {
            return null;
        }
        AcceptedArticles read = articles;
        if (read == null || !read.readFrom(corpus.articles())) {
            read = new AcceptedArticles(corpus.articles());
            articles = read;
        }
        boolean[] accepted = read.accepted(filters);
        return row -> {
            int article = corpus.articleIndex(row);
            return article >= 0 && accepted[article];
        };
    }
}
