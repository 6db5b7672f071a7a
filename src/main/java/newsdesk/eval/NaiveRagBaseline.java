package newsdesk.eval;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import newsdesk.article.Article;

/**
 * The baseline a Java developer would build first: langchain4j's naive RAG with library defaults.
 * {@link RecursiveChunks} (300/30 word pieces) → the given embedding model (all-MiniLM-L6-v2 in the evaluation)
 * → {@link InMemoryEmbeddingStore} through {@link EmbeddingStoreIngestor}; search through
 * {@link EmbeddingStoreContentRetriever} with {@code maxResults(k)} and the default minimum score.
 */
public final class NaiveRagBaseline implements SearchSystem {

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store;

    private NaiveRagBaseline(EmbeddingModel model, InMemoryEmbeddingStore<TextSegment> store) {
        this.model = model;
        this.store = store;
    }

    /** Splits, embeds and stores every article; the expensive step the evaluation times. */
    public static NaiveRagBaseline ingest(List<Article> articles, EmbeddingModel model) {
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(RecursiveChunks.splitter())
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(articles.stream().map(RecursiveChunks::document).toList());
        return new NaiveRagBaseline(model, store);
    }

    @Override
    public List<RetrievedChunk> search(String query, int k) {
        EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(k)
                .build();
        return retriever.retrieve(Query.from(query)).stream().map(NaiveRagBaseline::toChunk).toList();
    }

    /** Number of stored chunks. */
    public int size() {
        return store.size();
    }

    private static RetrievedChunk toChunk(Content content) {
        Object score = content.metadata().get(ContentMetadata.SCORE);
        return RecursiveChunks.toChunk(content.textSegment(), score instanceof Number n ? n.doubleValue() : 0.0);
    }
}
