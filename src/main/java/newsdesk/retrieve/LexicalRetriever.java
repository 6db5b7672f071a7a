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

    @Override
    public List<Hit> retrieve(Corpus corpus, Question query, int k, Filters filters) {
        LexicalRanking ranked = query.lexical(
                terms -> LexicalRanking.of(corpus.searcher(), corpus.lexical().query(terms, Filters.NONE)),
                corpus.lexical()::analyze);
        IntPredicate accept = VectorRetriever.accepting(corpus, filters);
        List<Hit> hits = new ArrayList<>(Math.min(k, ranked.size()));
        for (int i = 0; i < ranked.size() && hits.size() < k; i++) {
            int row = corpus.rowOfDoc(ranked.doc(i));
            if (row >= 0 && (accept == null || accept.test(row))) {
                hits.add(new Hit(row, ranked.score(i)));
            }
        }
        return hits;
    }
}
