package newsdesk.ingest;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.article.Article;
import newsdesk.chunk.Chunker;
import newsdesk.embed.Batches;
import newsdesk.error.RefusedException;
import newsdesk.index.DurableIndex;
import newsdesk.index.Provenance;
import newsdesk.index.StoredArticle;

/**
 * The one write path of every ingestion: chunk and embed outside any lock, then apply the change to the
 * {@link DurableIndex} (durable before it is served), in batches of at most {@code maxChunks} chunks so a crash loses
 * at most one batch of embedding work. A {@link LoadStop} ends a write between two batches. Each run is recorded in
 * {@link IngestActivity}.
 */
final class Persister {

    private static final Logger LOG = LoggerFactory.getLogger(Persister.class);

    private final Ingestor ingestor;
    private final DurableIndex durable;
    private final IngestActivity activity;
    private final LoadStop stop;

    Persister(Ingestor ingestor, DurableIndex durable, IngestActivity activity, LoadStop stop) {
        this.ingestor = ingestor;
        this.durable = durable;
        this.activity = activity;
        this.stop = stop;
    }

    /**
     * Articles to write, each with its provenance; removals and relabels go with the first batch; {@code seedsOnly}
     * says the change may only touch seed articles.
     */
    record Job(List<Article> articles, Function<Article, Provenance> provenance, Set<String> removals,
               Map<String, Provenance> relabels, boolean seedsOnly, int maxChunks) {

        /** Writes {@code articles} as one all-or-nothing batch. */
        static Job all(List<Article> articles, Function<Article, Provenance> provenance) {
            return new Job(articles, provenance, Set.of(), Map.of(), false, Integer.MAX_VALUE);
        }
    }

    DurableIndex durable() {
        return durable;
    }

    /** Runs {@code job} as an activity of {@code kind}; the report's {@code changed} counts ids the index held. */
    IngestReport persist(String kind, Job job, Ingestor.Progress progress) {
        return activity.track(kind, progress, p -> write(job, p));
    }

    /** Removes {@code id} as an activity of {@code kind}. */
    IngestReport remove(String kind, String id) {
        return activity.track(kind, Ingestor.Progress.NONE, p -> {
            long started = System.nanoTime();
            DurableIndex.Applied applied = apply(DurableIndex.Change.remove(Set.of(id)));
            return new IngestReport(List.of(id), 0, 1, 0, 0, applied.generation(), applied.persisted(), List.of(),
                    List.of(), millisSince(started));
        });
    }

    /** Refuses when another process holds the data directory. */
    void requireWritable() {
        if (!durable.store().writable()) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "data_dir_locked", "the data directory "
                    + durable.store().dir().toAbsolutePath() + " belongs to another running Newsdesk; add articles "
                    + "through its admin API (POST /api/articles) or stop it first");
        }
    }

    private IngestReport write(Job job, Ingestor.Progress progress) {
        long started = System.nanoTime();
        Set<String> known = durable.provenance().keySet();
        int changed = (int) job.articles().stream().filter(a -> known.contains(a.id())).count();
        List<Chunker.Chunked> chunked = ingestor.chunk(job.articles());
        int totalChunks = chunked.stream().mapToInt(c -> c.chunks().size()).sum();
        DurableIndex.Applied applied = null;
        int articlesBefore = 0;
        int chunksBefore = 0;
        for (List<Chunker.Chunked> batch : Batches.split(chunked, job.maxChunks())) {
            stop.check(articlesBefore, chunked.size());
            int doneArticles = articlesBefore;
            int doneChunks = chunksBefore;
            List<StoredArticle> stored = ingestor.embed(batch, (ad, at, cd, ct) -> progress.update(doneArticles + ad,
                    chunked.size(), doneChunks + cd, totalChunks)).stream()
                    .map(e -> new StoredArticle(e, job.provenance().apply(e.chunked().article()))).toList();
            boolean first = applied == null;
            applied = apply(new DurableIndex.Change(stored, first ? job.removals() : Set.of(),
                    first ? job.relabels() : Map.of(), job.seedsOnly()));
            articlesBefore += batch.size();
            chunksBefore += batch.stream().mapToInt(c -> c.chunks().size()).sum();
            if (chunked.size() > batch.size()) {
                LOG.info("persisted {}/{} articles ({}/{} chunks) in generation {}", articlesBefore, chunked.size(),
                        chunksBefore, totalChunks, applied.generation());
            }
        }
        List<String> ids = job.articles().stream().map(Article::id).toList();
        return new IngestReport(ids, changed, job.removals().size(), 0, totalChunks, applied.generation(),
                applied.persisted(), List.of(), List.of(), millisSince(started));
    }

    private DurableIndex.Applied apply(DurableIndex.Change change) {
        try {
            return durable.apply(change);
        } catch (UncheckedIOException e) {
            LOG.error("{}", e.getMessage());
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "snapshot_write_failed",
                    "the change could not be made durable and was not applied: " + e.getMessage());
        }
    }

    static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
