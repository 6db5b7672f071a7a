package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.util.ArrayList;
import java.util.List;

import newsdesk.index.Corpus;
import newsdesk.embed.Embedder;
import newsdesk.index.ChunkMetadata;
import newsdesk.index.VectorMatrix;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;

/**
 * Cosine similarity between the question's embedding and the chunk vectors, through the corpus's langchain4j
 * {@code EmbeddingStore} ({@link Corpus#vectorStore}, exact cosine over {@link VectorMatrix}) with the filters as a
 * langchain4j metadata filter ({@link ChunkMetadata#filter}). The question
 * is embedded once per {@link Question}: the retrievals of one search share it, and nothing is remembered between
 * searches.
 */
public final class VectorRetriever implements Retriever {

    private final Embedder embedder;

    public VectorRetriever(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, Question question, int k, Filters filters) {
        if (corpus.chunks().isEmpty() || question.text().isBlank()) {
            return List.of();
        }
        return search(corpus, question.vector(embedder::embed), k, filters);
    }

    /** The query's embedding (computed on every call). */
    public float[] embed(String query) {
        return embedder.embed(query);
    }

    /**
     * The same search for an already embedded query. Hits carry the cosine similarity (the store reports langchain4j's
     * {@code (cos + 1) / 2}, turned back exactly).
     */
    public static List<Hit> search(Corpus corpus, float[] queryVector, int k, Filters filters) {
        if (k < 1) {
            return List.of();
        }
        List<EmbeddingMatch<TextSegment>> matches = corpus.vectorStore().search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(queryVector)).maxResults(k).filter(ChunkMetadata.filter(filters))
                .build()).matches();
        List<Hit> hits = new ArrayList<>(matches.size());
        for (EmbeddingMatch<TextSegment> match : matches) {
            hits.add(new Hit(corpus.row(match.embeddingId()), 2 * match.score() - 1));
        }
        return hits;
    }
}
