package newsdesk.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A relative date in a quoted sentence ("next week", "on Wednesday") and the calendar date it stands for, resolved
 * against the article's publication date. {@code start} and {@code end} are offsets into the citation's sentence.
 */
public record ResolvedDate(int start, int end, LocalDate date) {

    public ResolvedDate {
        Objects.requireNonNull(date, "date");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
