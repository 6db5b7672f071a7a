package newsdesk.index;

import newsdesk.embed.Embedder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.RelevanceScore;
import dev.langchain4j.store.embedding.filter.Filter;

/**
 * A langchain4j {@link EmbeddingStore} over one contiguous float array ({@link VectorMatrix}): exact cosine search,
 * scores reported like langchain4j's {@code InMemoryEmbeddingStore} ({@code (cos + 1) / 2}), and each match carries
 * the embedding exactly as it was added. Vectors are normalised on the way in (the embedding of a vector that was not
 * of unit length is kept beside it to be returned). Entries added without a segment are not filtered (as in
 * {@code InMemoryEmbeddingStore}; both pass EmbeddingStoreContract). A metadata filter is tested once per distinct {@code Metadata} instance, not once per row: the
 * chunks of one article share their article's metadata, so a filtered search over 25,000 chunks tests 600 articles.
 * Thread-safe: searches share a read lock, writes copy the matrix.
 *
 * <p>Newsdesk's vector retrieval runs through this store: each corpus view is one ({@link #over}, no copy of its
 * vectors).
 */
public final class ArrayEmbeddingStore implements EmbeddingStore<TextSegment> {

    /** How far from 1 a squared norm may be for a vector to be stored as given (float rounding of a unit vector). */
    private static final double UNIT_TOLERANCE = 1e-5;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final int dimension;
    private VectorMatrix vectors;
    private List<String> ids = new ArrayList<>();
    private List<TextSegment> segments = new ArrayList<>();
    /** The added embedding of each row whose vector had to be normalised; {@code null} for unit-length rows. */
    private List<Embedding> originals = new ArrayList<>();
    /** Rows grouped by metadata instance, for filters; made on the first filtered search after a write. */
    private volatile MetadataGroups groups;

    public ArrayEmbeddingStore(int dimension) {
        this.dimension = dimension;
        this.vectors = VectorMatrix.empty(dimension);
    }

    /**
     * A store of unit-length rows already laid out in {@code vectors} (not copied), row {@code i} under {@code ids.get(i)}
     * with {@code segments.get(i)} (or none).
     */
    public static ArrayEmbeddingStore over(VectorMatrix vectors, List<String> ids, List<TextSegment> segments) {
        if (ids.size() != vectors.size() || segments.size() != vectors.size()) {
            throw new IllegalArgumentException("ids, segments and vectors must have the same size");
        }
        ArrayEmbeddingStore store = new ArrayEmbeddingStore(vectors.dimension());
        store.vectors = vectors;
        store.ids = new ArrayList<>(ids);
        store.segments = new ArrayList<>(segments);
        store.originals = new ArrayList<>(java.util.Collections.nCopies(ids.size(), (Embedding) null));
        return store;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return ids.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String add(Embedding embedding) {
        return add(embedding, null);
    }

    @Override
    public void add(String id, Embedding embedding) {
        addAll(List.of(id), List.of(embedding), null);
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        String id = UUID.randomUUID().toString();
        addAll(List.of(id), List.of(embedding), segment == null ? null : List.of(segment));
        return id;
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        List<String> newIds = generateIds(embeddings.size());
        addAll(newIds, embeddings, null);
        return newIds;
    }

    @Override
    public void addAll(List<String> newIds, List<Embedding> embeddings, List<TextSegment> embedded) {
        if (newIds.size() != embeddings.size() || embedded != null && embedded.size() != embeddings.size()) {
            throw new IllegalArgumentException("ids, embeddings and segments must have the same size");
        }
        List<float[]> rows = new ArrayList<>(embeddings.size());
        List<Embedding> kept = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            float[] row = embedding.vector().clone();
            double squared = 0;
            for (float v : row) {
                squared += v * v;
            }
            boolean unit = Math.abs(squared - 1) <= UNIT_TOLERANCE;
            rows.add(unit ? row : Embedder.normalize(row));
            kept.add(unit ? null : Embedding.from(embedding.vector().clone()));
        }
        lock.writeLock().lock();
        try {
            groups = null;
            vectors = vectors.append(rows);
            ids.addAll(newIds);
            originals.addAll(kept);
            for (int i = 0; i < newIds.size(); i++) {
                segments.add(embedded == null ? null : embedded.get(i));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void removeAll(Collection<String> toRemove) {
        if (toRemove == null || toRemove.isEmpty()) {
            throw new IllegalArgumentException("ids must not be empty");
        }
        Set<String> remove = new HashSet<>(toRemove);
        retain(row -> !remove.contains(ids.get(row)));
    }

    @Override
    public void removeAll(Filter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        retain(row -> segments.get(row) == null || !filter.test(segments.get(row).metadata()));
    }

    @Override
    public void removeAll() {
        lock.writeLock().lock();
        try {
            groups = null;
            vectors = VectorMatrix.empty(dimension);
            ids = new ArrayList<>();
            segments = new ArrayList<>();
            originals = new ArrayList<>();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        float[] query = unit(request.queryEmbedding().vector());
        Filter filter = request.filter();
        lock.readLock().lock();
        try {
            VectorMatrix.ScoredRows top = vectors.top(query, request.maxResults(),
                    filter == null ? null : metadataGroups().accepting(filter));
            List<EmbeddingMatch<TextSegment>> matches = new ArrayList<>();
            for (int i = 0; i < top.rows().length; i++) {
                double score = RelevanceScore.fromCosineSimilarity(top.scores()[i]);
                if (score < request.minScore()) {
                    break;
                }
                int row = top.rows()[i];
                Embedding added = originals.get(row) != null ? originals.get(row) : Embedding.from(vectors.row(row));
                matches.add(new EmbeddingMatch<>(score, ids.get(row), added, segments.get(row)));
            }
            return new EmbeddingSearchResult<>(matches);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The vector as given when it is of unit length (within float rounding), else a normalised copy. */
    private static float[] unit(float[] vector) {
        double squared = 0;
        for (float v : vector) {
            squared += v * v;
        }
        return Math.abs(squared - 1) <= UNIT_TOLERANCE ? vector : Embedder.normalize(vector.clone());
    }

    /** Called under the read or write lock. */
    private MetadataGroups metadataGroups() {
        MetadataGroups current = groups;
        if (current == null) {
            current = MetadataGroups.of(segments);
            groups = current;
        }
        return current;
    }

    private void retain(java.util.function.IntPredicate keep) {
        lock.writeLock().lock();
        try {
            List<String> keptIds = new ArrayList<>();
            List<TextSegment> keptSegments = new ArrayList<>();
            List<Embedding> keptOriginals = new ArrayList<>();
            for (int row = 0; row < ids.size(); row++) {
                if (keep.test(row)) {
                    keptIds.add(ids.get(row));
                    keptSegments.add(segments.get(row));
                    keptOriginals.add(originals.get(row));
                }
            }
            groups = null;
            vectors = vectors.retain(keep);
            ids = keptIds;
            segments = keptSegments;
            originals = keptOriginals;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
