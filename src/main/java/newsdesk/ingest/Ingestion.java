package newsdesk.ingest;

import newsdesk.article.ArticleLoader;
import newsdesk.index.DurableIndex;

/**
 * The ingestion use cases of the built-in index, one small class each: {@link Restorer} (start-up),
 * {@link SeedIngest} (seeds sync and watching), {@link BulkIngest} ({@code ingest PATH}), {@link Uploads} (admin
 * uploads and deletes) and {@link IngestActivity} (status). All write through one {@link Persister}, which
 * {@link LoadStop} ends at a batch boundary when the process stops.
 */
public record Ingestion(Restorer restorer, SeedIngest seeds, BulkIngest bulk, Uploads uploads,
                        IngestActivity activity, LoadStop stop) {

    /** Wires the use cases over one index. */
    public static Ingestion of(Ingestor ingestor, DurableIndex durable, ArticleLoader loader, SeedSync seeds) {
        IngestActivity activity = new IngestActivity(durable);
        LoadStop stop = new LoadStop();
        Persister persister = new Persister(ingestor, durable, activity, stop);
        Restorer restorer = new Restorer(persister);
        return new Ingestion(restorer, new SeedIngest(seeds, persister, restorer),
                new BulkIngest(loader, persister, restorer), new Uploads(loader, persister, restorer), activity, stop);
    }

    /** A snapshot of the index and of ingestion, for {@code GET /api/ingest/status}. */
    public IngestStatus status() {
        return activity.status();
    }
}
