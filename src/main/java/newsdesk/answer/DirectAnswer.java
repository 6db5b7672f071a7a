package newsdesk.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One part of a direct answer: a verbatim span of the sentence (or metadata value) of citation {@code n}.
 *
 * <p>{@code text} equals {@code citation.sentence().substring(start, end)} for the citation numbered {@code n}.
 * {@code resolved} is the calendar date the span stands for when it is a relative date ("on Wednesday") resolved
 * against the article's publication date, else {@code null}. A compound question ("When is the parade and who is
 * going?") gets one part per question part, in question order.
 */
public record DirectAnswer(String text, int n, int start, int end, LocalDate resolved) {

    public DirectAnswer {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a direct answer needs text");
        }
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not span '" + text + "'");
        }
    }

    public DirectAnswer(String text, int n, int start, int end) {
        this(text, n, start, end, null);
    }
}
