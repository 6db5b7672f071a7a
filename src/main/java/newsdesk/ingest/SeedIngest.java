package newsdesk.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.article.Article;
import newsdesk.article.LoadFailure;
import newsdesk.index.DurableIndex;
import newsdesk.index.Provenance;

/**
 * Keeps the built-in index in line with the seeds folder: at start-up ({@link #start}), on demand ({@link #sync}) and
 * in the background ({@link #watch}). Only new or changed seed articles are embedded; one sync runs at a time.
 */
public final class SeedIngest {

    private static final Logger LOG = LoggerFactory.getLogger(SeedIngest.class);

    private final SeedSync seeds;
    private final Persister persister;
    private final Restorer restorer;
    private final Object lock = new Object();

    SeedIngest(SeedSync seeds, Persister persister, Restorer restorer) {
        this.seeds = seeds;
        this.persister = persister;
        this.restorer = restorer;
    }

    /** Start-up: restore, then a seed sync; the corpus counts as ready afterwards even if empty. */
    public IngestReport start(Ingestor.Progress progress) {
        restorer.restore(progress);
        IngestReport seeded = sync(progress);
        persister.durable().markReady();
        return seeded;
    }

    /**
     * Reconciles with the seeds location; see {@link SeedSync}. Files that could not be read come back in the
     * report's failures, for the caller to show.
     */
    public IngestReport sync(Ingestor.Progress progress) {
        synchronized (lock) {
            restorer.restore(progress);
            DurableIndex durable = persister.durable();
            SeedSync.Plan plan = seeds.plan(durable.provenance());
            List<String> failures = plan.failures().stream().map(LoadFailure::toString).toList();
            if (plan.isEmpty()) {
                return IngestReport.nothing(durable.store().current(), plan.unchanged(), failures, List.of(), 0);
            }
            Map<String, Provenance> provenance = new HashMap<>();
            plan.toEmbed().forEach(a -> provenance.put(a.article().id(), a.provenance()));
            List<Article> articles = plan.toEmbed().stream().map(SeedSync.Addition::article).toList();
            IngestReport report = persister.persist("seeds", new Persister.Job(articles, a -> provenance.get(a.id()),
                    plan.toRemove(), plan.relabels(), true, BulkIngest.BATCH_CHUNKS), progress);
            LOG.info("seeds {}: {} added, {} changed, {} removed, {} unchanged", seeds.root(), report.added(),
                    report.changed(), report.removed(), plan.unchanged());
            return report.withLoad(plan.unchanged(), failures, List.of(), report.millis());
        }
    }

    /**
     * Keeps the seeds in sync in the background (for {@code serve}): polls every {@code interval} on a daemon thread
     * until the returned watcher is closed.
     */
    public SeedWatcher watch(Duration interval) {
        // The caller of sync reports its failures; in the background nobody else would.
        SeedWatcher watcher = new SeedWatcher(seeds.root(), interval, () -> sync(Ingestor.Progress.NONE)
                .failures().forEach(f -> LOG.warn("seeds: skipped {}", f)));
        Thread thread = new Thread(watcher, "seed-watcher");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }
}
