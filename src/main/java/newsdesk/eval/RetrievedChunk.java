package newsdesk.eval;

import java.util.Objects;

/**
 * One retrieved passage as every contender reports it: its text, the article it comes from (id and, when known,
 * url) and the contender's own score (comparable only within one contender).
 */
public record RetrievedChunk(String text, String articleId, String articleUrl, double score) {

    public RetrievedChunk {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
    }

    /** Whether this chunk comes from the article named by {@code ref}, an article url or id. */
    public boolean isFrom(String ref) {
        return ref.equals(articleId) || ref.equals(articleUrl);
    }
}
