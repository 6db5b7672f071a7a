package newsdesk.retrieve;

import java.util.ArrayList;
import java.util.List;

import newsdesk.index.Corpus;
import newsdesk.index.LexicalIndex;

/** BM25 over chunk text, title and outlet (see {@link LexicalIndex}). */
public final class LexicalRetriever implements Retriever {

    @Override
    public List<Hit> retrieve(Corpus corpus, Question query, int k, Filters filters) {
        List<Hit> hits = new ArrayList<>();
        for (LexicalIndex.ScoredId scored : LexicalIndex.search(corpus.searcher(),
                corpus.lexical().query(query.terms(corpus.lexical()::analyze), filters), k)) {
            int row = corpus.row(scored.chunkId());
            if (row >= 0) {
                hits.add(new Hit(row, scored.score()));
            }
        }
        return hits;
    }
}
