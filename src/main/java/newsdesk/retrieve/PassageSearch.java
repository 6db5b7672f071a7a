package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.IntFunction;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Span;
import newsdesk.index.Corpus;

/**
 * Turns ranked chunks into the passages users and answerers see: each hit's sentences widened with neighbouring
 * sentences of the same paragraph-ordered article up to {@link #DEFAULT_MAX_CHARS} characters (about 256 word
 * pieces), skipping hits that overlap a passage already taken from the same article. Hits are taken in rank order,
 * at most {@link #DEFAULT_PER_ARTICLE} per article at first; the rest fill any places left, still in rank order.
 */
public final class PassageSearch {

    public static final int DEFAULT_MAX_CHARS = 900;
    /**
     * Passages one article may hold in a ranking before the other articles' hits have had their turn: multi-hop
     * questions need several articles (fitted on the benchmark's development split, see docs/benchmarks.md).
     */
    public static final int DEFAULT_PER_ARTICLE = 2;

    private final Retriever retriever;
    private final int maxChars;
    private final int perArticle;

    private final Function<String, float[]> queryVector;
    /** Searches computing now; the others wait their turn, first come first served. */
    private final Semaphore computing;

    public PassageSearch(Retriever retriever, int maxChars) {
        this(retriever, maxChars, DEFAULT_PER_ARTICLE, null);
    }

    /** The search below, at most one per core at once. */
    public PassageSearch(Retriever retriever, int maxChars, int perArticle, Function<String, float[]> queryVector) {
        this(retriever, maxChars, perArticle, queryVector, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A search that takes at most {@code perArticle} passages from one article until every other hit is used, and
     * gives each passage its chunk's cosine similarity to {@code queryVector(query)} (none when it is {@code null}).
     * The retrievals of one search and the similarities share one {@link Question}: {@code queryVector} must be the
     * retriever's embedding, so the question is embedded once. At most {@code concurrency} searches compute at once:
     * a search is all CPU (embedding, BM25, vector scans), so more at once than there are cores only makes each
     * slower; the others wait, in arrival order.
     */
    public PassageSearch(Retriever retriever, int maxChars, int perArticle, Function<String, float[]> queryVector,
                         int concurrency) {
        if (perArticle < 1 || concurrency < 1) {
            throw new IllegalArgumentException("perArticle and concurrency must be >= 1");
        }
        this.computing = new Semaphore(concurrency, true);
        this.retriever = retriever;
        this.maxChars = maxChars;
        this.perArticle = perArticle;
        this.queryVector = queryVector;
    }

    public List<Passage> search(Corpus corpus, String query, int topK, Filters filters) {
        computing.acquireUninterruptibly();
        try {
            return compute(corpus, query, topK, filters);
        } finally {
            computing.release();
        }
    }

    private List<Passage> compute(Corpus corpus, String query, int topK, Filters filters) {
        Question question = new Question(query);
        List<Hit> hits = retriever.retrieve(corpus, question, 3 * topK, filters);
        float[] vector = queryVector == null || hits.isEmpty() || query.isBlank() ? null : question.vector(queryVector);
        return take(hits, topK, perArticle, corpus::chunk, (hit, chunk, rank) -> {
            Article article = corpus.articleOf(chunk);
            Span span = widen(corpus.sentences(article.id()), chunk, maxChars);
            double similarity = vector == null ? Double.NaN : corpus.vectors().dot(hit.row(), vector);
            return new Passage(rank, hit.score(), article, chunk.id(), span.of(article.body()), span.start(),
                    span.end(), similarity);
        });
    }

    /** Makes the passage of one ranked hit, or {@code null} when the hit cannot be shown (a stale chunk). */
    @FunctionalInterface
    public interface PassageMaker {
        Passage make(Hit hit, Chunk chunk, int rank);
    }

    /**
     * Takes up to {@code topK} passages from {@code ranked} hits as every store does: in rank order, at most
     * {@code perArticle} per article until the other articles' hits have had their turn, never overlapping a
     * passage already taken from the same article. {@code chunkOf} gives a hit row's chunk.
     */
    public static List<Passage> take(List<Hit> ranked, int topK, int perArticle, IntFunction<Chunk> chunkOf,
                                     PassageMaker maker) {
        List<Passage> passages = new ArrayList<>(topK);
        Map<String, Integer> perArticleTaken = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int cap : new int[] {perArticle, Integer.MAX_VALUE}) {
            for (Hit hit : ranked) {
                if (passages.size() == topK) {
                    return passages;
                }
                Chunk chunk = chunkOf.apply(hit.row());
                if (used.contains(hit.row()) || perArticleTaken.getOrDefault(chunk.articleId(), 0) >= cap
                        || overlapsTaken(passages, chunk)) {
                    continue;
                }
                Passage passage = maker.make(hit, chunk, passages.size() + 1);
                if (passage != null) {
                    used.add(hit.row());
                    perArticleTaken.merge(chunk.articleId(), 1, Integer::sum);
                    passages.add(passage);
                }
            }
        }
        return passages;
    }

    private static boolean overlapsTaken(List<Passage> taken, Chunk chunk) {
        for (Passage passage : taken) {
            if (passage.article().id().equals(chunk.articleId())
                    && chunk.start() < passage.end() && passage.start() < chunk.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chunk's sentences widened with neighbouring sentences, alternately after and before, while the whole stays
     * within {@code maxChars} (shared with the Solr store, which widens the same way).
     */
    public static Span widen(List<Span> sentences, Chunk chunk, int maxChars) {
        int first = chunk.firstSentence();
        int last = chunk.lastSentence();
        boolean grew = true;
        while (grew) {
            grew = false;
            if (last + 1 < sentences.size() && sentences.get(last + 1).end() - sentences.get(first).start() <= maxChars) {
                last++;
                grew = true;
            }
            if (first > 0 && sentences.get(last).end() - sentences.get(first - 1).start() <= maxChars) {
                first--;
                grew = true;
            }
        }
        return new Span(sentences.get(first).start(), sentences.get(last).end());
    }
}
