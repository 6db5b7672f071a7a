package newsdesk.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingStore;

class ArrayEmbeddingStoreContractTest extends EmbeddingStoreContract {

    @Override
    EmbeddingStore<TextSegment> newStore() {
        return new ArrayEmbeddingStore(2);
    }
}
