package newsdesk.ingest;

import java.util.List;

/**
 * What one ingestion did, whichever way it came (seed sync, {@code ingest PATH}, upload, delete, re-embedding,
 * Solr): the ids of the articles written (added or replaced; for a delete, the one removed), how many of those replaced an article with the same
 * id ({@code changed}), how many were removed, how many were left alone because the index already held them with the
 * same content, the chunks embedded, the generation that holds the change ({@code persisted} false when the data
 * directory is read-only, or 0 for Solr), the files or records skipped with their reasons, the files whose article
 * loaded without something (a readable date, an author), and the time taken.
 */
public record IngestReport(List<String> ids, int changed, int removed, int unchanged, int chunks, long generation,
                           boolean persisted, List<String> failures, List<String> incomplete, long millis) {

    public IngestReport {
        ids = List.copyOf(ids);
        failures = List.copyOf(failures);
        incomplete = List.copyOf(incomplete);
        if (changed < 0 || changed > ids.size() || removed < 0 || unchanged < 0 || chunks < 0 || millis < 0) {
            throw new IllegalArgumentException("counts must be non-negative and changed <= articles written");
        }
    }

    /** Articles written (added or replaced), or the one a delete removed. */
    public int articles() {
        return ids.size();
    }

    /** Articles new to the index. */
    public int added() {
        return ids.size() - changed;
    }

    /** Nothing written: {@code unchanged} articles already held, {@code failures} skipped. */
    public static IngestReport nothing(long generation, int unchanged, List<String> failures,
                                       List<String> incomplete, long millis) {
        return new IngestReport(List.of(), 0, 0, unchanged, 0, generation, false, failures, incomplete, millis);
    }

    /** This report with what loading the files found and the time the whole ingestion took. */
    IngestReport withLoad(int unchanged, List<String> failures, List<String> incomplete, long millis) {
        return new IngestReport(ids, changed, removed, unchanged, chunks, generation, persisted, failures, incomplete,
                millis);
    }

    /** This report with the time the whole ingestion took. */
    public IngestReport withMillis(long millis) {
        return new IngestReport(ids, changed, removed, unchanged, chunks, generation, persisted, failures, incomplete,
                millis);
    }
}
