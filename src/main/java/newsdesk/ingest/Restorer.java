package newsdesk.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.error.RefusedException;
import newsdesk.index.DurableIndex;
import newsdesk.index.Provenance;

/**
 * Start-up of the built-in index: loads the newest snapshot and, if it was made with another model or chunking,
 * re-embeds its articles. Runs once; uploads and deletes are refused until it has.
 */
public final class Restorer {

    private final Persister persister;
    private final Object lock = new Object();
    private volatile DurableIndex.Restored restored;

    Restorer(Persister persister) {
        this.persister = persister;
    }

    /** Restores once; later calls return the first result. */
    public DurableIndex.Restored restore(Ingestor.Progress progress) {
        synchronized (lock) {
            if (restored == null) {
                DurableIndex.Restored loaded = persister.durable().restore();
                if (!loaded.stale().isEmpty()) {
                    Map<String, Provenance> origins = new HashMap<>();
                    loaded.stale().forEach(s -> origins.put(s.id(), s.provenance()));
                    List<Article> articles = loaded.stale().stream().map(s -> s.embedded().chunked().article())
                            .toList();
                    persister.persist("reembed", new Persister.Job(articles, a -> origins.get(a.id()), Set.of(),
                            Map.of(), false, BulkIngest.BATCH_CHUNKS), progress);
                }
                restored = loaded;
            }
            return restored;
        }
    }

    /** Refuses while the index is still being loaded. */
    void requireRestored() {
        if (restored == null) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "starting", "the index is still being loaded "
                    + "from the data directory; retry in a moment");
        }
    }
}
