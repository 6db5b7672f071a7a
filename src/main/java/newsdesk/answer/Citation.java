package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One numbered source of an answer: the article it comes from and the exact sentence quoted from it.
 *
 * <p>{@code sentence} equals {@code article.body().substring(start, end)}; {@code n} is the marker {@code [n]} used in
 * the answer text. {@code publishedAt} and {@code url} may be {@code null}.
 */
public record Citation(
        int n,
        String articleId,
        String title,
        String source,
        OffsetDateTime publishedAt,
        String url,
        String sentence,
        int start,
        int end) {

    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
    }
}
