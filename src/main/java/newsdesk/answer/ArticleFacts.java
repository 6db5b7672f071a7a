package newsdesk.answer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import newsdesk.article.Article;

/**
 * Answers a question about an article rather than its text (who wrote it, which outlet, when it was published,
 * where to read it) from that article's field, cited as a {@link Citation.Kind#METADATA} citation whose whole value
 * is the direct answer. An article without the asked-for field gives no answer here.
 */
public final class ArticleFacts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ArticleFacts() {
    }

    /** The answer from {@code article}'s {@code field}, or {@code null} when the article lacks it. */
    static Answer answer(String field, Article article, String answerer) {
        String value = value(field, article);
        if (value == null || value.isBlank()) {
            return null;
        }
        Citation citation = new Citation(1, article.id(), article.title(), article.source(), article.publishedAt(),
                article.url(), value, 0, value.length(), Citation.Kind.METADATA, field, List.of(), List.of());
        String about = switch (field) {
            case "author" -> "Written by " + value;
            case "source" -> "Published by " + value;
            case "publishedAt" -> "Published on " + value;
            default -> "Read it at " + value;
        };
        String text = value + " [1]\n\n" + about + ": “" + article.title() + "” [1]";
        return new Answer(text, false, List.of(citation), List.of(), answerer, 1, null, Map.of(),
                List.of(new DirectAnswer(value, 1, 0, value.length())), null);
    }

    /** The value of {@code field} ("author", "source", "publishedAt", "url") as a metadata citation quotes it. */
    public static String value(String field, Article article) {
        return switch (field) {
            case "author" -> article.author();
            case "source" -> article.source();
            case "publishedAt" -> article.publishedAt() == null ? null : DATE.format(article.publishedAt());
            case "url" -> article.url();
            default -> throw new IllegalArgumentException("unknown article field " + field);
        };
    }
}
