package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation markers a model writes after a claim ({@code [1]}, {@code [2, 3]}, {@code [4-6]}, {@code [7;8]}):
 * reading the passage numbers they name, and removing them with the white space before them.
 */
final class CitationMarkers {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[\\s*(\\d+(?:\\s*[,;–-]\\s*\\d+)*)\\s*]");
    /** The longest range read from one marker part ({@code [1-1000]} names ten passages, not a thousand). */
    private static final int MAX_RANGE = 10;

    private CitationMarkers() {
    }

    /** Whether {@code text} holds a marker. */
    static boolean any(String text) {
        return MARKER.matcher(text).find();
    }

    /** {@code text} without its markers (each with the white space before it). */
    static String strip(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    /** The passage numbers the markers of {@code text} name, in order, ranges expanded, repeats kept. */
    static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            for (String part : matcher.group(1).split("\\s*[,;]\\s*")) {
                String[] range = part.split("\\s*[–-]\\s*");
                int first = parse(range[0]);
                int last = range.length > 1 ? parse(range[1]) : first;
                for (int n = first; n <= last && n - first < MAX_RANGE; n++) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
