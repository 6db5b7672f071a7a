package newsdesk.eval;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

/** langchain4j's {@link InMemoryEmbeddingStore} under benchmark, filled with one {@code addAll}. */
public final class InMemoryStoreBench implements BenchedVectorStore {

    private InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    @Override
    public String name() {
        return "InMemoryEmbeddingStore";
    }

    @Override
    public void load(List<float[]> vectors) {
        store = new InMemoryEmbeddingStore<>();
        store.addAll(vectors.stream().map(Embedding::from).toList());
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
