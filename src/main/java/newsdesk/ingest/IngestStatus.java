package newsdesk.ingest;

import java.util.List;
import java.util.Map;

import newsdesk.index.Origin;

/**
 * The state of the durable index and of ingestion: the generation served, whether this process may write, the data
 * directory and model, counts (by {@link Origin}), the ingestions running now and the outcome of the last one.
 */
public record IngestStatus(long generation, boolean writable, String dataDir, String model, int articles, int chunks,
                           Map<Origin, Integer> byOrigin, List<Activity> running, Outcome last) {

    /** An ingestion in progress: its kind (seeds, ingest, upload, delete, reembed) and how far it got. */
    public record Activity(String kind, int articlesDone, int articlesTotal, int chunksDone, int chunksTotal,
                           long millis) {
    }

    /** How the last ingestion ended: what it added, the generation it produced, or its error. */
    public record Outcome(String kind, int articles, int chunks, long generation, long millis, String error) {
    }
}
