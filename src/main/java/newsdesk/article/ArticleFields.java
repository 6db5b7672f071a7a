package newsdesk.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps one article object (a JSON record or Markdown front matter) to {@link Article} fields. Accepted names:
 * {@code title}; {@code body|text|content}; {@code source|outlet} (text, or an object with {@code name});
 * {@code published_at|publishedAt|date|published} (ISO-8601, news-style text, or epoch seconds/milliseconds);
 * {@code url}; {@code author} (text, a list of names, or an object with {@code name}). {@code "None"} means unknown.
 */
final class ArticleFields {

    private static final long EPOCH_MILLIS_THRESHOLD = 100_000_000_000L;

    private ArticleFields() {
    }

    /** The whole article; throws {@link ArticleFormatException} naming the missing or malformed field. */
    static Article article(JsonNode node) {
        String title = title(node);
        String body = text(node, "body", "text", "content");
        if (body == null || body.isBlank()) {
            throw new ArticleFormatException("article '" + title + "' has no 'body' (or 'text', 'content')");
        }
        body = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        return Article.of(title, source(node), author(node), publishedAt(node), url(node), body);
    }

    static String title(JsonNode node) {
        String title = text(node, "title");
        if (title == null || title.isBlank()) {
            throw new ArticleFormatException("missing 'title'");
        }
        return Paragraphs.clean(title);
    }

    static String source(JsonNode node) {
        return name(first(node, "source", "outlet"));
    }

    static String url(JsonNode node) {
        return text(node, "url");
    }

    static String author(JsonNode node) {
        JsonNode author = first(node, "author", "authors");
        if (author != null && author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(element -> {
                String name = name(element);
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return name(author);
    }

    static OffsetDateTime publishedAt(JsonNode node) {
        JsonNode value = first(node, "published_at", "publishedAt", "date", "published");
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            long epoch = value.asLong();
            Instant instant = Math.abs(epoch) >= EPOCH_MILLIS_THRESHOLD
                    ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (!value.isTextual()) {
            throw new ArticleFormatException("'published_at' must be a date text, found " + value.getNodeType());
        }
        return PublishedDates.parse(value.asText());
    }

    private static String text(JsonNode node, String... names) {
        JsonNode value = first(node, names);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ArticleFormatException("'" + names[0] + "' must be text, found " + value.getNodeType());
        }
        return value.asText();
    }

    private static String name(JsonNode value) {
        if (value != null && value.isObject()) {
            return name(value.get("name"));
        }
        return value == null || !value.isValueNode() ? null : value.asText();
    }

    /** The first of {@code names} present with a non-null value. */
    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isMissingNode()) {
                return value;
            }
        }
        return null;
    }
}
