package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code text.split("[^\\p{L}\\p{N}-]+")} without the regular expression: the words of a text, where anything but
 * letters, digits (any Unicode number) and hyphens separates words, with exactly {@link String#split}'s edge cases (a
 * leading empty word when the text starts with a gap, trailing empty words dropped, {@code [text]} when there is no
 * gap). The answer path splits every candidate sentence around every candidate span, and {@code String.split}
 * compiles the pattern on every call. A pure function.
 */
final class WordSplit {

    private WordSplit() {
    }

    static String[] words(String text) {
        List<String> words = null;
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (inWord(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (i < n && !inWord(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (words == null) {
                words = new ArrayList<>();
            }
            words.add(text.substring(start, end));
            start = i;
        }
        if (words == null) {
            return new String[] {text};
        }
        words.add(text.substring(start));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return words.subList(0, size).toArray(String[]::new);
    }

    /** {@code \p{L}}, {@code \p{N}} or a hyphen, as {@link java.util.regex.Pattern} reads them. */
    private static boolean inWord(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
