package newsdesk.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;

/**
 * The {@link CorpusIndex} made durable: every change is written to a new {@link SnapshotStore} generation
 * <em>before</em> it becomes visible, so whatever a caller was told is indexed survives a crash, and a change that
 * could not be written is not applied at all. Also remembers each article's {@link Provenance}.
 *
 * <p>Changes are serialised; queries never wait (they read {@link CorpusIndex#current()}). Embedding happens before
 * {@link #apply}, never under its lock. When another process holds the data directory, changes are applied in
 * memory only and {@link Applied#persisted()} is false.
 */
public final class DurableIndex {

    private static final Logger LOG = LoggerFactory.getLogger(DurableIndex.class);

    private final CorpusIndex index;
    private final SnapshotStore store;
    private volatile Map<String, Provenance> provenance = Map.of();
    private Restored restored;
    private volatile boolean ready;

    public DurableIndex(CorpusIndex index, SnapshotStore store) {
        this.index = index;
        this.store = store;
    }

    /**
     * Articles to add or replace, ids to drop, and provenance to correct without re-embedding, as one step. A
     * {@code seedsOnly} change (a seed sync) only touches articles that are new or still of {@link Origin#SEEDS}
     * when it is applied, so an upload that raced with the sync wins.
     */
    public record Change(List<StoredArticle> upserts, Set<String> removals, Map<String, Provenance> relabels,
                         boolean seedsOnly) {

        public Change {
            upserts = List.copyOf(upserts);
            removals = Set.copyOf(removals);
            relabels = Map.copyOf(relabels);
        }

        public static Change upsert(List<StoredArticle> upserts) {
            return new Change(upserts, Set.of(), Map.of(), false);
        }

        public static Change remove(Set<String> ids) {
            return new Change(List.of(), ids, Map.of(), false);
        }

        public boolean isEmpty() {
            return upserts.isEmpty() && removals.isEmpty() && relabels.isEmpty();
        }
    }

    /** The view after a change and the generation that holds it ({@code persisted} false when read-only). */
    public record Applied(Corpus corpus, long generation, boolean persisted) {
    }

    /**
     * What {@link #restore()} did: the generation loaded (0 when none), the articles now served, what was rejected,
     * and the articles of a snapshot made with another {@link IndexProfile}, which the caller must re-embed.
     */
    public record Restored(long generation, int articles, List<SnapshotStore.Rejection> rejected,
                           List<StoredArticle> stale, String staleReason) {
    }

    /**
     * Loads the newest usable generation into the index (once; later calls return the first result). Nothing is
     * published when there was nothing to load, so the corpus stays "not ready" until {@link #markReady()} or a
     * first change.
     */
    public synchronized Restored restore() {
        if (restored != null) {
            return restored;
        }
        SnapshotStore.Loaded loaded = store.load();
        if (loaded.stale()) {
            restored = new Restored(loaded.generation(), 0, loaded.rejected(), loaded.articles(),
                    loaded.staleReason());
        } else {
            Map<String, Provenance> map = new HashMap<>();
            List<EmbeddedArticle> embedded = new ArrayList<>(loaded.articles().size());
            for (StoredArticle article : loaded.articles()) {
                map.put(article.id(), article.provenance());
                embedded.add(article.embedded());
            }
            if (!embedded.isEmpty()) {
                index.apply(embedded, List.of());
            }
            provenance = Map.copyOf(map);
            restored = new Restored(loaded.generation(), embedded.size(), loaded.rejected(), List.of(), "");
            ready = loaded.generation() > 0 && store.startedBefore();
        }
        return restored;
    }

    /**
     * Whether questions may be sent here: a complete earlier generation was restored (a start once finished its seed
     * sync with this data directory), or this start has finished ({@link #markReady()}). Batches committed during a
     * first load are served but do not make it ready.
     */
    public boolean ready() {
        return ready;
    }

    /**
     * Persists then publishes {@code change}; an empty change does nothing. Restores first if that has not happened,
     * so a write never forgets the generation on disk.
     */
    public synchronized Applied apply(Change requested) {
        restore();
        Change change = requested.seedsOnly() ? seedsOnly(requested) : requested;
        if (change.isEmpty()) {
            return new Applied(index.current(), store.current(), false);
        }
        Corpus old = index.current();
        Map<String, Provenance> next = new LinkedHashMap<>(provenance);
        change.removals().forEach(next::remove);
        change.relabels().forEach(next::replace);
        change.upserts().forEach(a -> next.put(a.id(), a.provenance()));
        long generation = store.current();
        boolean persisted = store.writable();
        if (persisted) {
            generation = store.write(content(old, next, change));
        } else {
            LOG.info("change of {} articles applied in memory only: the data directory belongs to another process",
                    change.upserts().size() + change.removals().size());
        }
        List<EmbeddedArticle> upserts = change.upserts().stream().map(StoredArticle::embedded).toList();
        Corpus corpus = index.apply(upserts, change.removals());
        provenance = Map.copyOf(next);
        return new Applied(corpus, generation, persisted);
    }

    public Corpus current() {
        return index.current();
    }

    /** Publishes the (possibly empty) corpus once start-up is complete and records that it is {@link #ready()}. */
    public synchronized void markReady() {
        if (index.current().version() == 0) {
            index.apply(List.of(), List.of());
        }
        store.markStarted();
        ready = true;
    }

    private Change seedsOnly(Change change) {
        Map<String, Provenance> known = provenance;
        java.util.function.Predicate<String> seedOrNew = id -> known.get(id) == null
                || known.get(id).origin() == Origin.SEEDS;
        java.util.function.Predicate<String> seed = id -> known.get(id) != null
                && known.get(id).origin() == Origin.SEEDS;
        Map<String, Provenance> relabels = new HashMap<>(change.relabels());
        relabels.keySet().removeIf(seed.negate());
        return new Change(change.upserts().stream().filter(a -> seedOrNew.test(a.id())).toList(),
                change.removals().stream().filter(seed).collect(java.util.stream.Collectors.toSet()), relabels, true);
    }

    /** Provenance of every article served, by id. */
    public Map<String, Provenance> provenance() {
        return provenance;
    }

    public SnapshotStore store() {
        return store;
    }

    /** The whole corpus after {@code change}, in the order {@link CorpusIndex#apply} will hold it. */
    private static List<StoredArticle> content(Corpus old, Map<String, Provenance> provenance, Change change) {
        Set<String> dropped = new HashSet<>(change.removals());
        change.upserts().forEach(a -> dropped.add(a.id()));
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int row = 0; row < old.chunks().size(); row++) {
            rows.computeIfAbsent(old.chunk(row).articleId(), id -> new ArrayList<>()).add(row);
        }
        List<StoredArticle> content = new ArrayList<>(old.articles().size() + change.upserts().size());
        for (Article article : old.articles()) {
            if (dropped.contains(article.id())) {
                continue;
            }
            List<Chunk> chunks = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (int row : rows.getOrDefault(article.id(), List.of())) {
                chunks.add(old.chunk(row));
                vectors.add(old.vectors().row(row));
            }
            Provenance known = provenance.get(article.id());
            content.add(new StoredArticle(new EmbeddedArticle(
                    new Chunker.Chunked(article, old.sentences(article.id()), chunks), vectors),
                    known != null ? known : new Provenance(Origin.INGEST, null, article.contentHash())));
        }
        content.addAll(change.upserts());
        return content;
    }
}
