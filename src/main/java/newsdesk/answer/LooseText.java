package newsdesk.answer;

/**
 * Finds a phrase in a sentence the way a reader would: ignoring case, curly versus straight quotes, the kind of dash
 * and runs of white space, but only as whole words ("Un" is not found in "United"). Offsets are into the original
 * sentence, so the sentence's own wording can be quoted. Pure functions.
 */
final class LooseText {

    private LooseText() {
    }

    /** {@code [start, end)} of the first whole-word occurrence of {@code phrase} in {@code sentence}, or null. */
    static int[] find(String sentence, String phrase) {
        Folded text = fold(sentence);
        String needle = fold(phrase.strip()).text;
        if (needle.isEmpty()) {
            return null;
        }
        for (int at = text.text.indexOf(needle); at >= 0; at = text.text.indexOf(needle, at + 1)) {
            int start = text.origin[at];
            int end = text.origin[at + needle.length() - 1] + 1;
            if (wordEdge(sentence, start - 1, start) && wordEdge(sentence, end, end - 1)) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** Whether the character at {@code outside} does not continue the word the match has at {@code inside}. */
    private static boolean wordEdge(String sentence, int outside, int inside) {
        return outside < 0 || outside >= sentence.length() || !wordChar(sentence.charAt(inside))
                || !wordChar(sentence.charAt(outside));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The folded text, and for each of its characters the index of the original character it comes from. */
    private record Folded(String text, int[] origin) {
    }

    private static Folded fold(String s) {
        StringBuilder text = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    origin[text.length()] = i;
                    text.append(' ');
                }
                continue;
            }
            origin[text.length()] = i;
            text.append(folded(c));
        }
        int length = text.length();
        while (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
        }
        return new Folded(text.substring(0, length), origin);
    }

    private static char folded(char c) {
        return switch (c) {
            case '‘', '’', '‚', '‛', 'ʼ', '′', '`' -> '\'';
            case '“', '”', '„', '‟', '″' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
