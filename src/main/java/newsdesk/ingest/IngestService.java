package newsdesk.ingest;

import newsdesk.error.RefusedException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadFailure;
import newsdesk.article.LoadNote;
import newsdesk.article.LoadResult;
import newsdesk.chunk.Chunker;
import newsdesk.embed.Batches;
import newsdesk.index.DurableIndex;
import newsdesk.index.EmbeddedArticle;
import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;
import newsdesk.ingest.SeedSync;
import newsdesk.ingest.SeedWatcher;
import newsdesk.index.StoredArticle;

/**
 * The ingestion use case every surface calls (CLI {@code ingest}, the admin API, the seed watcher): load articles,
 * chunk and embed them outside any lock, then hand them to the {@link DurableIndex}, which makes them durable before
 * they are served. Throws {@link RefusedException}: {@code no_articles} / {@code unreadable_articles} / {@code seed_article}
 * (INVALID), {@code article_not_found} (NOT_FOUND), {@code starting} / {@code data_dir_locked} /
 * {@code snapshot_write_failed} (UNAVAILABLE).
 */
public final class IngestService {

    /** Chunks embedded per persisted batch in bulk ingestion: a crash loses at most this much embedding work. */
    public static final int BATCH_CHUNKS = 512;

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final Ingestor ingestor;
    private final DurableIndex durable;
    private final ArticleLoader loader;
    private final SeedSync seeds;
    private final Object seedLock = new Object();
    private final Object restoreLock = new Object();
    private volatile Restoration restoration;
    private final IngestActivity activity = new IngestActivity();

    public IngestService(Ingestor ingestor, DurableIndex durable, ArticleLoader loader, SeedSync seeds) {
        this.ingestor = ingestor;
        this.durable = durable;
        this.loader = loader;
        this.seeds = seeds;
    }

    /** What start-up did: the generation restored, articles re-embedded for a new profile, and the seed sync. */
    public record StartReport(DurableIndex.Restored restored, int reembedded, SyncReport seeds) {
    }

    /** What one seed sync changed. */
    public record SyncReport(int added, int changed, int removed, int unchanged, int chunks, List<String> failures) {
    }

    /**
     * What was added by one call: article ids in order, chunks, the generation holding them, time taken, how many
     * articles were skipped because the index already held them with the same content, and the files whose article
     * loaded incompletely (e.g. without a readable date), each with what was missing.
     */
    public record Batch(List<String> ids, int chunks, long generation, boolean persisted, List<String> failures,
                        long millis, int unchanged, List<String> incomplete) {

        public Batch(List<String> ids, int chunks, long generation, boolean persisted, List<String> failures,
                     long millis, int unchanged) {
            this(ids, chunks, generation, persisted, failures, millis, unchanged, List.of());
        }

        public Batch(List<String> ids, int chunks, long generation, boolean persisted, List<String> failures,
                     long millis) {
            this(ids, chunks, generation, persisted, failures, millis, 0);
        }
    }

    /**
     * Loads the newest snapshot and, if it was made with another model or chunking, re-embeds its articles (no seed
     * sync). Runs once; later calls return the first result. Uploads and deletes are refused until it has run.
     */
    public Restoration restore(Ingestor.Progress progress) {
        synchronized (restoreLock) {
            if (restoration == null) {
                DurableIndex.Restored restored = durable.restore();
                int reembedded = 0;
                if (!restored.stale().isEmpty()) {
                    Map<String, Provenance> origins = new java.util.HashMap<>();
                    restored.stale().forEach(s -> origins.put(s.id(), s.provenance()));
                    List<Article> articles = restored.stale().stream().map(s -> s.embedded().chunked().article())
                            .toList();
                    reembedded = track("reembed", progress, p -> persist(articles, a -> origins.get(a.id()),
                            Set.of(), Map.of(), false, p)).ids().size();
                }
                restoration = new Restoration(restored, reembedded);
            }
            return restoration;
        }
    }

    /** What {@link #restore} did: the generation loaded and how many articles were re-embedded for a new profile. */
    public record Restoration(DurableIndex.Restored restored, int reembedded) {
    }

    /** Start-up: {@link #restore}, then a seed sync; the corpus counts as ready afterwards even if empty. */
    public StartReport start(Ingestor.Progress progress) {
        Restoration restoration = restore(progress);
        SyncReport seeded = syncSeeds(progress);
        durable.markReady();
        return new StartReport(restoration.restored(), restoration.reembedded(), seeded);
    }

    /**
     * Reconciles with the seeds location; see {@link SeedSync}. One sync runs at a time. Files that could not be read
     * come back in the report, for the caller to show.
     */
    public SyncReport syncSeeds(Ingestor.Progress progress) {
        synchronized (seedLock) {
            restore(progress);
            SeedSync.Plan plan = seeds.plan(durable.provenance());
            List<String> failures = plan.failures().stream().map(LoadFailure::toString).toList();
            if (plan.isEmpty()) {
                return new SyncReport(0, 0, 0, plan.unchanged(), 0, failures);
            }
            Map<String, Provenance> provenance = new java.util.HashMap<>();
            plan.toEmbed().forEach(a -> provenance.put(a.article().id(), a.provenance()));
            Map<String, Provenance> known = durable.provenance();
            int changed = (int) plan.toEmbed().stream().filter(a -> known.containsKey(a.article().id())).count();
            List<Article> articles = plan.toEmbed().stream().map(SeedSync.Addition::article).toList();
            Batch batch = track("seeds", progress, p -> persist(articles, a -> provenance.get(a.id()),
                    plan.toRemove(), plan.relabels(), true, p));
            LOG.info("seeds {}: {} added, {} changed, {} removed, {} unchanged", seeds.root(),
                    articles.size() - changed, changed, plan.toRemove().size(), plan.unchanged());
            return new SyncReport(articles.size() - changed, changed, plan.toRemove().size(), plan.unchanged(),
                    batch.chunks(), failures);
        }
    }

    /**
     * Keeps the seeds in sync in the background (for {@code serve}): polls every {@code interval} on a daemon thread
     * until the returned watcher is closed.
     */
    public SeedWatcher watchSeeds(Duration interval) {
        // The caller of syncSeeds reports its failures; in the background nobody else would.
        SeedWatcher watcher = new SeedWatcher(seeds.root(), interval, () -> syncSeeds(Ingestor.Progress.NONE)
                .failures().forEach(f -> LOG.warn("seeds: skipped {}", f)));
        Thread thread = new Thread(watcher, "seed-watcher");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    /**
     * {@code newsdesk ingest PATH}: reads every article under {@code path} and persists them in batches of about
     * {@link #BATCH_CHUNKS} chunks. Unreadable files are returned in the batch for the caller to show, never fatal.
     */
    public Batch ingest(Path path, Ingestor.Progress progress) {
        requireWritable();
        restore(progress);
        LoadResult loaded = loader.load(path);
        List<String> failures = loaded.failures().stream().map(LoadFailure::toString).toList();
        List<String> incomplete = loaded.notes().stream().map(LoadNote::toString).toList();
        String label = path.toString();
        long started = System.nanoTime();
        Map<String, Provenance> known = durable.provenance();
        var corpus = durable.current();
        List<Article> fresh = new ArrayList<>();
        for (Article article : loaded.articles()) {
            Provenance provenance = known.get(article.id());
            boolean same = provenance != null && provenance.contentHash().equals(article.contentHash())
                    && corpus.article(article.id()).isPresent();
            if (!same) {
                fresh.add(article);
            }
        }
        int unchanged = loaded.articles().size() - fresh.size();
        if (fresh.isEmpty()) {
            LOG.info("ingest {}: all {} articles already indexed with the same content", label, unchanged);
            return new Batch(List.of(), 0, durable.store().current(), false, failures, millisSince(started), unchanged,
                    incomplete);
        }
        Batch batch = track("ingest", progress, p -> persist(fresh,
                a -> new Provenance(Origin.INGEST, label, a.contentHash()), Set.of(), Map.of(), false, p));
        return new Batch(batch.ids(), batch.chunks(), batch.generation(), batch.persisted(), failures,
                millisSince(started), unchanged, incomplete);
    }

    /** Adds articles as one all-or-nothing batch; returns once they are durable. */
    public Batch add(List<Article> articles, Origin origin, String label) {
        requireWritable();
        requireRestored();
        if (articles.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "no_articles", "the request holds no articles");
        }
        return track(origin.label(), Ingestor.Progress.NONE, p -> persistAll(articles,
                a -> new Provenance(origin, label, a.contentHash()), p));
    }

    /**
     * Reads uploaded files (any supported format, chosen by file name) and adds all their articles as one batch;
     * if any file or record cannot be read, nothing is added. Each article remembers its file's name; files that
     * loaded without a readable date or author are listed in the batch's {@code incomplete}.
     */
    public Batch addFiles(List<Path> files, Origin origin) {
        requireWritable();
        requireRestored();
        List<Article> articles = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Path file : files) {
            LoadResult result = loader.load(file);
            String name = file.getFileName().toString();
            result.failures().forEach(f -> failures.add(name + ": " + f.reason()));
            result.notes().forEach(n -> incomplete.add(name + ": " + n.note()));
            for (Article article : result.articles()) {
                if (names.putIfAbsent(article.id(), name) != null) {
                    failures.add(name + ": article '" + article.title() + "' is also in " + names.get(article.id()));
                } else {
                    articles.add(article);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "unreadable_articles", "nothing was added: "
                    + failures.size() + " problem(s): " + String.join("; ", failures));
        }
        if (articles.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "no_articles", "the uploaded files hold no articles");
        }
        Batch batch = track(origin.label(), Ingestor.Progress.NONE, p -> persistAll(articles,
                a -> new Provenance(origin, names.get(a.id()), a.contentHash()), p));
        return new Batch(batch.ids(), batch.chunks(), batch.generation(), batch.persisted(), batch.failures(),
                batch.millis(), batch.unchanged(), incomplete);
    }

    /** Removes one article added by {@code ingest} or upload; returns the generation without it. */
    public long delete(String id) {
        requireWritable();
        requireRestored();
        Provenance provenance = durable.provenance().get(id);
        if (durable.current().article(id).isEmpty()) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "article_not_found", "no article with id '" + id + "'");
        }
        if (provenance != null && provenance.origin() == Origin.SEEDS) {
            throw new RefusedException(RefusedException.Kind.INVALID, "seed_article", "article '" + id + "' comes from the seeds ("
                    + provenance.file() + "); remove or edit that file instead, it would come back at the next sync");
        }
        return track("delete", Ingestor.Progress.NONE, p -> {
            long started = System.nanoTime();
            DurableIndex.Applied applied = write(DurableIndex.Change.remove(Set.of(id)));
            return new Batch(List.of(id), 0, applied.generation(), applied.persisted(), List.of(), millisSince(started));
        }).generation();
    }

    /** A snapshot of the index and of ingestion for {@code GET /api/ingest/status}. */
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
                activity.running(), activity.last());
    }

    private Batch persistAll(List<Article> articles, Function<Article, Provenance> provenance,
                             Ingestor.Progress progress) {
        long started = System.nanoTime();
        List<Chunker.Chunked> chunked = ingestor.chunk(articles);
        List<EmbeddedArticle> embedded = ingestor.embed(chunked, progress);
        List<StoredArticle> stored = embedded.stream()
                .map(e -> new StoredArticle(e, provenance.apply(e.chunked().article()))).toList();
        DurableIndex.Applied applied = write(DurableIndex.Change.upsert(stored));
        return new Batch(ids(articles), chunks(embedded), applied.generation(), applied.persisted(), List.of(),
                millisSince(started));
    }

    /** Embeds and persists in batches of about {@link #BATCH_CHUNKS} chunks; removals go with the first batch. */
    private Batch persist(List<Article> articles, Function<Article, Provenance> provenance, Set<String> removals,
                          Map<String, Provenance> relabels, boolean seedsOnly, Ingestor.Progress progress) {
        long started = System.nanoTime();
        List<Chunker.Chunked> chunked = ingestor.chunk(articles);
        int totalChunks = chunked.stream().mapToInt(c -> c.chunks().size()).sum();
        DurableIndex.Applied applied = null;
        int articlesBefore = 0;
        int chunksBefore = 0;
        for (List<Chunker.Chunked> batch : Batches.split(chunked, BATCH_CHUNKS)) {
            int doneArticles = articlesBefore;
            int doneChunks = chunksBefore;
            List<StoredArticle> stored = ingestor.embed(batch, (ad, at, cd, ct) -> progress.update(doneArticles + ad,
                    chunked.size(), doneChunks + cd, totalChunks)).stream()
                    .map(e -> new StoredArticle(e, provenance.apply(e.chunked().article()))).toList();
            boolean first = applied == null;
            applied = write(new DurableIndex.Change(stored, first ? removals : Set.of(), first ? relabels : Map.of(),
                    seedsOnly));
            articlesBefore += batch.size();
            chunksBefore += batch.stream().mapToInt(c -> c.chunks().size()).sum();
            if (chunked.size() > batch.size()) {
                LOG.info("persisted {}/{} articles ({}/{} chunks) in generation {}", articlesBefore, chunked.size(),
                        chunksBefore, totalChunks, applied.generation());
            }
        }
        return new Batch(ids(articles), totalChunks, applied.generation(), applied.persisted(), List.of(),
                millisSince(started));
    }

    private DurableIndex.Applied write(DurableIndex.Change change) {
        try {
            return durable.apply(change);
        } catch (UncheckedIOException e) {
            LOG.error("{}", e.getMessage());
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "snapshot_write_failed",
                    "the change could not be made durable and was not applied: " + e.getMessage());
        }
    }

    private Batch track(String kind, Ingestor.Progress progress, Function<Ingestor.Progress, Batch> work) {
        return activity.track(kind, progress, () -> durable.store().current(), work);
    }

    private void requireRestored() {
        if (restoration == null) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "starting", "the index is still being loaded from "
                    + "the data directory; retry in a moment");
        }
    }

    private void requireWritable() {
        if (!durable.store().writable()) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "data_dir_locked", "the data directory "
                    + durable.store().dir().toAbsolutePath() + " belongs to another running Newsdesk; add articles "
                    + "through its admin API (POST /api/articles) or stop it first");
        }
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    private static int chunks(List<EmbeddedArticle> embedded) {
        return embedded.stream().mapToInt(e -> e.vectors().size()).sum();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
