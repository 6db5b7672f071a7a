package newsdesk.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import newsdesk.index.DurableIndex;
import newsdesk.index.Origin;

/**
 * What ingestion is doing right now and how its last run ended, and the {@link IngestStatus} of the index it writes
 * to ({@code GET /api/ingest/status}). Thread-safe.
 */
public final class IngestActivity {

    private final DurableIndex durable;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, IngestStatus.Activity> running = new ConcurrentHashMap<>();
    private volatile IngestStatus.Outcome last;

    IngestActivity(DurableIndex durable) {
        this.durable = durable;
    }

    /** A snapshot of the index and of ingestion. */
    public IngestStatus status() {
        var corpus = durable.current();
        Map<Origin, Integer> byOrigin = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            byOrigin.put(origin, 0);
        }
        durable.provenance().values().forEach(p -> byOrigin.merge(p.origin(), 1, Integer::sum));
        var store = durable.store();
        return new IngestStatus(store.current(), store.writable(), store.dir().toAbsolutePath().toString(),
                store.profile().modelId(), corpus.articles().size(), corpus.chunks().size(), byOrigin,
                List.copyOf(running.values()), last);
    }

    /** Runs {@code work} as one activity of {@code kind}, forwarding its progress to {@code progress} and recording it. */
    IngestReport track(String kind, Ingestor.Progress progress, Function<Ingestor.Progress, IngestReport> work) {
        long id = ids.incrementAndGet();
        long started = System.nanoTime();
        running.put(id, new IngestStatus.Activity(kind, 0, 0, 0, 0, 0));
        Ingestor.Progress tracked = (ad, at, cd, ct) -> {
            running.put(id, new IngestStatus.Activity(kind, ad, at, cd, ct, (System.nanoTime() - started) / 1_000_000));
            progress.update(ad, at, cd, ct);
        };
        try {
            IngestReport report = work.apply(tracked);
            last = new IngestStatus.Outcome(kind, report.articles(), report.chunks(), report.generation(),
                    report.millis(), null);
            return report;
        } catch (RuntimeException e) {
            last = new IngestStatus.Outcome(kind, 0, 0, durable.store().current(),
                    (System.nanoTime() - started) / 1_000_000, e.getMessage());
            throw e;
        } finally {
            running.remove(id);
        }
    }
}
