package newsdesk.answer;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An answer split the way every surface shows it: the direct answer line (bold on the web and in chat apps, the first
 * line in a terminal), then the supporting quotes.
 *
 * <p>{@code direct} is {@code null} when the answer has no direct answer; then {@code quotes} is the whole text. When
 * the text already leads with the direct answer (its first paragraph, before a blank line, holds only the parts,
 * their markers and resolved dates), that paragraph is the line and the rest are the quotes (none when the text is
 * only the line); otherwise (an LLM answer with its own text) the line is built from the parts and the quotes are the
 * whole text.
 */
public record AnswerLead(String direct, String quotes) {

    private static final Pattern LEFTOVER =
            Pattern.compile("(?:\\s|[;,.·—–]|\\[\\d+]|\\(\\d{1,2} [A-Z][a-z]{2} \\d{4}\\))*");

    /** Splits {@code answer} into its direct answer line and its quotes. */
    public static AnswerLead of(Answer answer) {
        List<DirectAnswer> parts = answer.direct();
        if (parts.isEmpty() || answer.abstained()) {
            return new AnswerLead(null, answer.text());
        }
        String text = answer.text();
        if (onlyParts(text, parts)) {
            return new AnswerLead(text.strip(), "");
        }
        int blank = text.indexOf("\n\n");
        if (blank > 0) {
            String head = text.substring(0, blank).strip();
            if (onlyParts(head, parts)) {
                return new AnswerLead(head, text.substring(blank + 2).strip());
            }
        }
        return new AnswerLead(line(parts), text);
    }

    /** Whether {@code head} holds nothing but the parts, their markers, resolved dates and separators. */
    private static boolean onlyParts(String head, List<DirectAnswer> parts) {
        String rest = head;
        for (DirectAnswer p : parts) {
            if (!rest.contains(p.text())) {
                return false;
            }
            rest = rest.replace(p.text(), "");
        }
        return LEFTOVER.matcher(rest).matches();
    }

    /** "Wednesday (3 Sep 2025) [1]; Kim Jong Un, Vladimir Putin [2]": each part, its resolved date, its marker. */
    public static String line(List<DirectAnswer> parts) {
        return parts.stream()
                .map(p -> p.text() + (p.resolved() == null ? "" : " (" + RelativeDates.format(p.resolved()) + ")")
                        + " [" + p.n() + "]")
                .collect(Collectors.joining("; "));
    }

    /**
     * How a metadata citation reads as a source ("Author: Dasl Yoon"); {@code null} for a sentence citation. A
     * publication date that is an ISO timestamp reads "28 Aug 2025".
     */
    public static String fieldLabel(Citation c) {
        if (c.kind() != Citation.Kind.METADATA) {
            return null;
        }
        String value = c.sentence();
        String label = switch (c.field()) {
            case "author" -> "Author";
            case "source" -> "Outlet";
            case "url" -> "Link";
            case "publishedAt" -> {
                value = c.publishedAt() != null && value.startsWith(c.publishedAt().toLocalDate().toString())
                        ? RelativeDates.format(c.publishedAt().toLocalDate()) : value;
                yield "Published";
            }
            default -> c.field();
        };
        return label + ": " + value;
    }
}
