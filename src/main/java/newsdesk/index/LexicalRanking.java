package newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every chunk a BM25 query matches, with its score, best first and ties in document order, as Lucene's top-k orders
 * them. One pass serves every restriction of a question: a restriction (a filter clause) changes which chunks rank,
 * never their scores, so the best {@code k} of this ranking that pass a filter are the filtered query's top {@code k}.
 * Measured on MultiHop-RAG (17,440 chunks): one pass 1.2 ms of CPU per question against 2.2 ms for the top-60 query
 * as asked plus 2.0 ms for each outlet or day restriction.
 */
public final class LexicalRanking {

    /** Ascending sort keys (worst first): the score's bits above the complement of the document number. */
    private final long[] keys;

    private LexicalRanking(long[] keys) {
        this.keys = keys;
    }

    /** The ranking of everything {@code query} matches in {@code searcher}; empty when {@code query} is null. */
    public static LexicalRanking of(IndexSearcher searcher, Query query) {
        if (query == null) {
            return new LexicalRanking(new long[0]);
        }
        Collector all = new Collector();
        try {
            searcher.search(query, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] keys = Arrays.copyOf(all.keys, all.size);
        Arrays.sort(keys);
        return new LexicalRanking(keys);
    }

    public int size() {
        return keys.length;
    }

    /** The Lucene document number of the {@code i}-th best (from 0). */
    public int doc(int i) {
        return Integer.MAX_VALUE - (int) keys[keys.length - 1 - i];
    }

    /** The BM25 score of the {@code i}-th best. */
    public float score(int i) {
        return Float.intBitsToFloat((int) (keys[keys.length - 1 - i] >>> 32));
    }

    /** Sort key of one match: BM25 scores are positive, so their bits order like the scores. */
    static long key(float score, int doc) {
        return (long) Float.floatToIntBits(score) << 32 | (Integer.MAX_VALUE - doc);
    }

    /** Collects every match's sort key. */
    private static final class Collector extends SimpleCollector {
        private long[] keys = new long[1024];
        private int size;
        private int base;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key(scorer.score(), base + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
