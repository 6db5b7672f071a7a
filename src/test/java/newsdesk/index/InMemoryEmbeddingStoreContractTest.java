package newsdesk.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

/** The contract's reference: langchain4j's own in-memory store passes it too. */
class InMemoryEmbeddingStoreContractTest extends EmbeddingStoreContract {

    @Override
    EmbeddingStore<TextSegment> newStore() {
        return new InMemoryEmbeddingStore<>();
    }
}
