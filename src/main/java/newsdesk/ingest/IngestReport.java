package newsdesk.ingest;

import java.util.List;

/**
 * What an ingestion did: articles and chunks added, files skipped with their reasons, time taken, and articles
 * left alone because the index already held them with the same content; {@code incomplete} lists the files whose
 * article loaded without something (a readable date, an author), with what was missing.
 */
public record IngestReport(int articles, int chunks, List<String> failures, long millis, int unchanged,
                           List<String> incomplete) {

    public IngestReport(int articles, int chunks, List<String> failures, long millis, int unchanged) {
        this(articles, chunks, failures, millis, unchanged, List.of());
    }

    public IngestReport(int articles, int chunks, List<String> failures, long millis) {
        this(articles, chunks, failures, millis, 0);
    }
}
