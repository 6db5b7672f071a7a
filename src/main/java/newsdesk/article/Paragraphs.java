package newsdesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns lines of plain text into paragraphs: blank lines separate paragraphs, lines inside one paragraph are joined
 * with a space (hard-wrapped text), and text without any blank line is read as one paragraph per line.
 */
final class Paragraphs {

    /** How the readers join paragraphs in {@link Article#body()}. */
    static final String SEPARATOR = "\n\n";

    private Paragraphs() {
    }

    static List<String> of(List<String> lines) {
        boolean blankSeparated = lines.stream().anyMatch(String::isBlank);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String text = clean(line);
            if (text.isEmpty() || !blankSeparated) {
                flush(current, paragraphs);
            }
            if (!text.isEmpty()) {
                current.append(current.length() == 0 ? "" : " ").append(text);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    static String join(List<String> paragraphs) {
        return String.join(SEPARATOR, paragraphs);
    }

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
