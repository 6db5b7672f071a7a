package newsdesk.eval;

import java.util.List;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;

import newsdesk.article.Article;

/**
 * The baselines' chunking, as a Java developer would write it first with langchain4j:
 * {@code DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator())} over each article body, the
 * article id and url kept in the segment metadata. Both baselines share it so their rows differ only in retrieval.
 */
final class RecursiveChunks {

    /** Chunk size and overlap in word pieces, as in the baseline table. */
    static final int MAX_TOKENS = 300;
    static final int OVERLAP_TOKENS = 30;
    static final String ARTICLE_ID = "article_id";
    static final String ARTICLE_URL = "article_url";

    private RecursiveChunks() {
    }

    static DocumentSplitter splitter() {
        return DocumentSplitters.recursive(MAX_TOKENS, OVERLAP_TOKENS, new HuggingFaceTokenCountEstimator());
    }

    static Document document(Article article) {
        Metadata metadata = Metadata.from(ARTICLE_ID, article.id());
        if (article.url() != null) {
            metadata.put(ARTICLE_URL, article.url());
        }
        return Document.from(article.body(), metadata);
    }

    static List<TextSegment> split(List<Article> articles) {
        return splitter().splitAll(articles.stream().map(RecursiveChunks::document).toList());
    }

    static RetrievedChunk toChunk(TextSegment segment, double score) {
        Metadata metadata = segment.metadata();
        return new RetrievedChunk(segment.text(), metadata.getString(ARTICLE_ID), metadata.getString(ARTICLE_URL),
                score);
    }
}
