package newsdesk.article;

import java.util.List;
import java.util.regex.Pattern;

/** Walks the non-blank lines of a text header; blank lines between header fields are skipped. */
final class Cursor {

    private final List<String> lines;
    private int index;

    Cursor(List<String> lines, int start) {
        this.lines = lines;
        this.index = start;
        skipBlank();
    }

    boolean hasNext() {
        return index < lines.size();
    }

    /** The index of the next non-blank line. */
    int index() {
        return index;
    }

    String peek() {
        return lines.get(index).strip();
    }

    String next() {
        String line = peek();
        index++;
        skipBlank();
        return line;
    }

    /** The index of the first of the next {@code limit} non-blank lines matching {@code pattern}, or -1. */
    int findAhead(Pattern pattern, int limit) {
        int seen = 0;
        for (int i = index; i < lines.size() && seen < limit; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (pattern.matcher(line).matches()) {
                return i;
            }
            seen++;
        }
        return -1;
    }

    void jumpTo(int lineIndex) {
        index = lineIndex;
        skipBlank();
    }

    /** The remaining lines, blank ones included. */
    List<String> rest() {
        return lines.subList(Math.min(index, lines.size()), lines.size());
    }

    private void skipBlank() {
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
    }
}
