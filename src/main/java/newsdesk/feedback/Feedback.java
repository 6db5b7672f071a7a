package newsdesk.feedback;

import java.time.Instant;
import java.util.Objects;

import newsdesk.error.RefusedException;

/**
 * One reader's rating of one answer: 👍/👎, an optional comment, an optional correction (what the answer should
 * have said), where it came from ({@code surface}: "web", "slack", "cli") and the answer it rates. Comments and
 * corrections are bounded ({@link #MAX_COMMENT_CHARS}, {@link #MAX_CORRECTION_CHARS}); blank ones are {@code null}.
 */
public record Feedback(Instant at, Rating rating, String comment, String correction, String surface,
                       AnswerRecord answer) {

    public static final int MAX_COMMENT_CHARS = 1000;
    public static final int MAX_CORRECTION_CHARS = 1000;

    public Feedback {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(answer, "answer");
        comment = bounded(comment, MAX_COMMENT_CHARS, "comment");
        correction = bounded(correction, MAX_CORRECTION_CHARS, "correction");
    }

    private static String bounded(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new RefusedException(RefusedException.Kind.TOO_LARGE, field + "_too_long",
                    "the " + field + " has " + value.length() + " characters; the limit is " + max);
        }
        return value;
    }
}
