package newsdesk.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

import newsdesk.ingest.Ingestor;

/** What ingestion is doing right now and how its last run ended, for {@link IngestStatus}. Thread-safe. */
final class IngestActivity {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, IngestStatus.Activity> running = new ConcurrentHashMap<>();
    private volatile IngestStatus.Outcome last;

    /**
     * Runs {@code work} as one activity of {@code kind}, forwarding its progress to {@code progress} and recording
     * it; {@code generation} tells the generation served should the work fail.
     */
    IngestService.Batch track(String kind, Ingestor.Progress progress, LongSupplier generation,
                              Function<Ingestor.Progress, IngestService.Batch> work) {
        long id = ids.incrementAndGet();
        long started = System.nanoTime();
        running.put(id, new IngestStatus.Activity(kind, 0, 0, 0, 0, 0));
        Ingestor.Progress tracked = (ad, at, cd, ct) -> {
            running.put(id, new IngestStatus.Activity(kind, ad, at, cd, ct, (System.nanoTime() - started) / 1_000_000));
            progress.update(ad, at, cd, ct);
        };
        try {
            IngestService.Batch batch = work.apply(tracked);
            last = new IngestStatus.Outcome(kind, batch.ids().size(), batch.chunks(), batch.generation(),
                    batch.millis(), null);
            return batch;
        } catch (RuntimeException e) {
            last = new IngestStatus.Outcome(kind, 0, 0, generation.getAsLong(),
                    (System.nanoTime() - started) / 1_000_000, e.getMessage());
            throw e;
        } finally {
            running.remove(id);
        }
    }

    List<IngestStatus.Activity> running() {
        return List.copyOf(running.values());
    }

    IngestStatus.Outcome last() {
        return last;
    }
}
