package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Another article that carries the same story as a cited one (a wire copy syndicated by another outlet, or a
 * near-identical rewrite): an answer cites the story once and lists its copies as "also reported by".
 * {@code publishedAt} and {@code url} may be {@code null}.
 */
public record Copy(String articleId, String title, String source, OffsetDateTime publishedAt, String url) {

    public Copy {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
    }
}
