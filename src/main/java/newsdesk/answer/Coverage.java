package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.Objects;

/** An article that is close to the question but was not quoted: listed when the bot abstains. */
public record Coverage(String articleId, String title, String source, OffsetDateTime publishedAt, String url) {

    public Coverage {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
    }
}
