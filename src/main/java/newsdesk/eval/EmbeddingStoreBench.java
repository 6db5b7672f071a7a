package newsdesk.eval;

import java.util.List;
import java.util.function.Supplier;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;

/**
 * Any langchain4j {@link EmbeddingStore} under benchmark (e.g. {@code InMemoryEmbeddingStore}, Newsdesk's
 * {@code ArrayEmbeddingStore}): a fresh store per load, filled with one {@code addAll}, searched through
 * {@link EmbeddingSearchRequest} with the default minimum score.
 */
public final class EmbeddingStoreBench implements BenchedVectorStore {

    private final String name;
    private final Supplier<EmbeddingStore<TextSegment>> factory;
    private EmbeddingStore<TextSegment> store;

    public EmbeddingStoreBench(String name, Supplier<EmbeddingStore<TextSegment>> factory) {
        this.name = name;
        this.factory = factory;
        this.store = factory.get();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void load(List<float[]> vectors) {
        store = factory.get();
        if (!vectors.isEmpty()) {
            store.addAll(vectors.stream().map(Embedding::from).toList());
        }
    }

    @Override
    public int search(float[] query, int k) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query))
                .maxResults(k)
                .build();
        return store.search(request).matches().size();
    }
}
