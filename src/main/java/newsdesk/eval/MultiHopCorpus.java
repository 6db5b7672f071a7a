package newsdesk.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.article.Article;

/**
 * Reads a corpus in MultiHop-RAG's {@code corpus.json} shape (a JSON array of {@code {title, author, source,
 * published_at, category, url, body}}) into articles whose id derives from the url ({@link Article#of}).
 * Stop-gap until the project's article readers cover this shape.
 */
public final class MultiHopCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MultiHopCorpus() {
    }

    public static List<Article> load(Path file) throws IOException {
        JsonNode array = JSON.readTree(file.toFile());
        if (!array.isArray()) {
            throw new IllegalArgumentException(file.getFileName() + ": expected a JSON array of articles");
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode item : array) {
            String published = text(item, "published_at");
            try {
                articles.add(Article.of(text(item, "title"), text(item, "source"), text(item, "author"),
                        published == null ? null : OffsetDateTime.parse(published), text(item, "url"),
                        text(item, "body")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + " article " + (articles.size() + 1)
                        + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
