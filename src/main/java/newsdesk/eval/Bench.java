package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.EmbeddingModel;

import newsdesk.embed.Embedder;

/**
 * Measurements behind {@code newsdesk bench}: raw embedding throughput of a model over real texts, and
 * top-k latency of a vector store over synthetic vectors replicated from real embeddings ({@link SyntheticVectors}).
 * Every measurement is preceded by {@link #WARMUP} untimed calls.
 */
public final class Bench {

    public static final int WARMUP = 20;
    /** Noise per dimension for synthetic corpus vectors: keeps them within about 0.1 cosine of a real embedding. */
    public static final double VECTOR_NOISE = 0.01;

    private final Consumer<String> log;

    public Bench(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Embeds all segments with a langchain4j model in one {@code embedAll} call, after a small untimed warm-up batch;
     * word pieces are counted with {@code wordPieces}.
     */
    public Measured<BenchReport.Throughput> embedding(String name, EmbeddingModel model,
                                                      TokenCountEstimator wordPieces, List<TextSegment> segments) {
        model.embedAll(segments.subList(0, Math.min(8, segments.size())));
        long count = segments.stream().mapToLong(s -> wordPieces.estimateTokenCountInText(s.text())).sum();
        log.accept(name + ": embedding " + segments.size() + " segments (" + count + " word pieces)");
        long start = System.nanoTime();
        List<Embedding> embeddings = model.embedAll(segments).content();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<float[]> vectors = embeddings.stream().map(Embedding::vector).toList();
        return new Measured<>(new BenchReport.Throughput(name, segments.size(), count, seconds), vectors);
    }

    /** Embeds all texts with a Newsdesk embedder in one {@code embedAll} call, after a small untimed warm-up batch. */
    public Measured<BenchReport.Throughput> embedding(String name, Embedder embedder, List<String> texts,
                                                      long wordPieces) {
        embedder.embedAll(texts.subList(0, Math.min(32, texts.size())));
        log.accept(name + ": embedding " + texts.size() + " texts (" + wordPieces + " word pieces)");
        long start = System.nanoTime();
        List<float[]> vectors = embedder.embedAll(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured<>(new BenchReport.Throughput(name, texts.size(), wordPieces, seconds), vectors);
    }

    /** Loads {@code size} synthetic vectors into the store and times {@code queries.size()} top-k searches. */
    public BenchReport.Search search(BenchedVectorStore store, List<float[]> base, int size, List<float[]> queries,
                                     int k, Random random) {
        store.load(List.of());
        long heapBefore = usedHeap();
        List<float[]> vectors = SyntheticVectors.replicate(base, size, VECTOR_NOISE, random);
        long start = System.nanoTime();
        store.load(vectors);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        vectors = null;
        long heapAfter = usedHeap();
        for (int i = 0; i < WARMUP; i++) {
            store.search(queries.get(i % queries.size()), k);
        }
        List<Double> millis = new ArrayList<>(queries.size());
        long total = 0;
        for (float[] query : queries) {
            long t = System.nanoTime();
            store.search(query, k);
            long elapsed = System.nanoTime() - t;
            total += elapsed;
            millis.add(elapsed / 1e6);
        }
        BenchReport.Search result = new BenchReport.Search(store.name(), size, k, LatencySummary.of(millis),
                queries.size() / (total / 1e9), loadSeconds, (double) (heapAfter - heapBefore) / size);
        log.accept(String.format("%s at %d vectors: p50 %.2f ms", store.name(), size, result.latency().p50()));
        return result;
    }

    /** Used heap after a few full collections (approximate). */
    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** A measurement together with what it produced (here: the embeddings, reused as base vectors). */
    public record Measured<T>(T result, List<float[]> vectors) {
    }
}
