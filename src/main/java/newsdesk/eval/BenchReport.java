package newsdesk.eval;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of one {@code newsdesk bench} run: raw embedding throughput of the model and top-k search latency of
 * each vector store at each synthetic size.
 */
public record BenchReport(String generatedAt, String corpus, Embedding embedding, List<Search> searches) {

    public BenchReport {
        searches = List.copyOf(searches);
    }

    /** {@code segments} texts of {@code wordPieces} word pieces in all (before truncation) embedded in {@code seconds}. */
    public record Embedding(String model, int segments, long wordPieces, double seconds) {

        @JsonProperty
        public double segmentsPerSecond() {
            return segments / seconds;
        }

        @JsonProperty
        public double wordPiecesPerSecond() {
            return wordPieces / seconds;
        }
    }

    /**
     * Top-{@code k} search over {@code size} vectors: latency per search, searches per second over the timed run,
     * load time and retained heap per vector (used heap after GC, before and after loading; approximate).
     */
    public record Search(String store, int size, int k, LatencySummary latency, double queriesPerSecond,
                         double loadSeconds, double heapBytesPerVector) {
    }
}
