package newsdesk.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of one {@code newsdesk bench} run: ingestion throughput (raw models and the whole pipeline over the same
 * sample of articles) and the model's FLOP rate beside the machine's matrix-multiply rate, latency of the full answer path beside the naive baseline at each synthetic corpus size, and
 * top-k latency of each vector store at each synthetic size.
 */
public record BenchReport(String generatedAt, String corpus, int sampleArticles, List<Throughput> ingestion,
                          ModelRate modelRate, List<AnswerPath> answerPaths, List<Search> searches,
                          String snapshotBench) {

    public BenchReport {
        ingestion = List.copyOf(ingestion);
        answerPaths = List.copyOf(answerPaths);
        searches = List.copyOf(searches);
    }

    /**
     * {@code chunks} texts of {@code wordPieces} word pieces in all (counted before any truncation) embedded, or
     * ingested, in {@code seconds}; {@code lossPercent} is the throughput lost to the raw model on the same texts
     * (null for the raw rows themselves); {@code stageSeconds} splits {@code seconds} by stage where measured.
     */
    public record Throughput(String name, int chunks, long wordPieces, double seconds, Double lossPercent,
                             Map<String, Double> stageSeconds) {

        public Throughput {
            stageSeconds = stageSeconds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(
                    stageSeconds));
        }

        public Throughput(String name, int chunks, long wordPieces, double seconds) {
            this(name, chunks, wordPieces, seconds, null, Map.of());
        }

        @JsonProperty
        public double chunksPerSecond() {
            return chunks / seconds;
        }

        @JsonProperty
        public double wordPiecesPerSecond() {
            return wordPieces / seconds;
        }

        Throughput withLossTo(Throughput raw) {
            return new Throughput(name, chunks, wordPieces, seconds,
                    100.0 * (1 - wordPiecesPerSecond() / raw.wordPiecesPerSecond()), stageSeconds);
        }
    }

    /**
     * The hardware limit of ingestion as a number: the machine's FP32 matrix-multiply rate ({@link GemmRate}, an
     * {@code [m, k] × [k, n]} product on {@code threads} intra-op threads, measured in the same run) beside the rate
     * the full model achieved in the raw row (word pieces/s × {@link GemmRate#MINILM_FLOP_PER_WORD_PIECE}).
     */
    public record ModelRate(int m, int k, int n, int threads, double gemmGflops, double modelGflops) {

        /** The share of the GEMM rate the model does not reach. */
        @JsonProperty
        public double gapPercent() {
            return 100.0 * (1 - modelGflops / gemmGflops);
        }
    }

    /**
     * One question after another through a system holding {@code chunks} chunks: latency per question (query
     * embedding included), questions per second over the timed run, the query embedding alone, time to build the
     * index from already embedded chunks (Newsdesk: restoring them from a snapshot), and retained heap per chunk
     * (used heap after GC, before and after building; approximate).
     */
    public record AnswerPath(String system, int chunks, LatencySummary latency, double queriesPerSecond,
                             LatencySummary queryEmbedding, double buildSeconds, double heapBytesPerChunk) {
    }

    /**
     * Top-{@code k} search over {@code size} vectors: latency per search, searches per second over the timed run,
     * load time and retained heap per vector (used heap after GC, before and after loading; approximate).
     */
    public record Search(String store, int size, int k, LatencySummary latency, double queriesPerSecond,
                         double loadSeconds, double heapBytesPerVector) {
    }
}
