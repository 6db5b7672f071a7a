package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries in model output, which may still be arriving. A sentence ends at a terminator ({@code . ! ?})
 * followed by optional closing quotes and citation markers such as {@code [1]} or {@code [1, 2]}, then whitespace
 * and a character that is not lower-case; or at a line break. Abbreviations ("Mr.", "U.S.", single initials) do not
 * end a sentence.
 *
 * <p>While the text is unfinished, a boundary is only confirmed once the next sentence has begun, because a marker
 * may still follow the terminator.
 */
final class LlmSentences {

    private static final String TERMINATORS = ".!?…";
    private static final String CLOSERS = "\"'”’)»";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "inc", "corp", "co", "ltd", "vs", "no", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "dept");

    private LlmSentences() {
    }

    /**
     * The index where the first complete sentence of {@code text[from..]} ends (the start of the next one, after the
     * whitespace), or -1 when no boundary is confirmed yet. When {@code finished}, the rest of a non-blank text is
     * a sentence.
     */
    static int completeEnd(CharSequence text, int from, boolean finished) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (isBlank(text, from, i)) {
                    continue;
                }
                return skipWhitespace(text, i + 1);
            }
            if (TERMINATORS.indexOf(c) < 0 || c == '.' && abbreviation(text, from, i)) {
                continue;
            }
            int j = i + 1;
            while (j < n && (TERMINATORS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            int afterMarkers = skipMarkers(text, j);
            if (afterMarkers < 0) {
                return finished ? n : -1;
            }
            j = afterMarkers;
            while (j < n && (text.charAt(j) == '.' || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            if (j == n) {
                return finished ? n : -1;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = skipWhitespace(text, j);
            if (k == n) {
                return finished ? n : -1;
            }
            if (Character.isLowerCase(text.charAt(k))) {
                continue;
            }
            return k;
        }
        return finished && !isBlank(text, from, n) ? n : -1;
    }

    /** Splits finished text into trimmed, non-blank sentences. */
    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (int[] span : spans(text)) {
            sentences.add(text.substring(span[0], span[1]));
        }
        return sentences;
    }

    /** The {@code [start, end)} offsets of the trimmed sentences of finished text. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = completeEnd(text, from, true);
            if (end < 0) {
                break;
            }
            int start = skipWhitespace(text, from);
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop > start) {
                spans.add(new int[] {start, stop});
            }
            from = end;
        }
        return spans;
    }

    /**
     * Skips spaces and complete citation markers from {@code at}; returns -1 when the text ends inside what may be a
     * marker still arriving.
     */
    private static int skipMarkers(CharSequence text, int at) {
        int n = text.length();
        int j = at;
        while (true) {
            int k = j;
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (k == n || text.charAt(k) != '[') {
                return j;
            }
            int close = k + 1;
            while (close < n && (Character.isDigit(text.charAt(close)) || ", -–;".indexOf(text.charAt(close)) >= 0)) {
                close++;
            }
            if (close == n) {
                return -1;
            }
            if (text.charAt(close) != ']' || close == k + 1) {
                return j;
            }
            j = close + 1;
        }
    }

    private static boolean abbreviation(CharSequence text, int from, int dot) {
        int start = dot;
        while (start > from && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.subSequence(start, dot).toString();
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".")) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipWhitespace(CharSequence text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
