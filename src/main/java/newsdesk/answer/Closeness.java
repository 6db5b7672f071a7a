package newsdesk.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How close a candidate span stands to what the question asks: 1 next to one of its focus words
 * ({@link SentenceScorer#focusWords}), less the further away, at most {@link #NAME_CLOSENESS} next to one of the
 * names it asks about, 0.5 with neither. Words match as themselves, by their stem or as stand-ins ({@link StandIns}).
 * A pure function.
 */
final class Closeness {

    /** Highest closeness of a span next to a name of the question but to none of its focus words. */
    static final double NAME_CLOSENESS = 0.75;
    /**
     * What separates words: anything but letters, digits and hyphens (a hyphenated word is one word); {@link WordSplit}
     * splits by it.
     */
    private static final String WORD_GAP = "[^\\p{L}\\p{N}-]+";
    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s", "e");

    private Closeness() {
    }

    /**
     * In [0.5, 1]: 1 next to one of the question's focus words (or a stand-in for one), less the further away; next
     * to another of its words (a name it asks about) at most {@code NAME_CLOSENESS}; 0.5 with none. A question about
     * the future ("Which leaders will attend?") is not matched by a past form ("Xi attended … in May").
     */
    static double of(String sentence, AnswerSpan span, Set<String> keys, Set<String> focus, boolean future) {
        String[] left = WordSplit.words(sentence.substring(0, span.start()).toLowerCase(Locale.ROOT));
        String[] right = WordSplit.words(sentence.substring(span.end()).toLowerCase(Locale.ROOT));
        int toFocus = distance(left, right, Keys.of(focus), future);
        int toKey = distance(left, right, Keys.of(keys), future);
        double byFocus = toFocus == Integer.MAX_VALUE ? 0.5 : 0.5 + 0.5 / (1 + toFocus / 4.0);
        double byKey = toKey == Integer.MAX_VALUE ? 0.5 : 0.5 + (NAME_CLOSENESS - 0.5) / (1 + toKey / 4.0);
        return Math.max(byFocus, byKey);
    }

    /**
     * Whether the span is a possessive whose next word is one of the question's focus words or a stand-in
     * ("Tessa Wullaert’s brace" for "Who scored twice …?", "Google's acquisition" for "Who acquired …?"): the name
     * is who did what the question asks, not merely an owner.
     */
    static boolean agent(String sentence, AnswerSpan span, Set<String> focus) {
        String after = sentence.substring(span.end()).toLowerCase(Locale.ROOT);
        if (!after.startsWith("'s ") && !after.startsWith("’s ")) {
            return false;
        }
        String[] words = after.substring(3).split(WORD_GAP, 2);
        return words.length > 0 && isKey(words[0], Keys.of(focus), false);
    }

    /**
     * Words between the span and the nearest word of {@code keys} in the sentence ({@code left}: the words before the
     * span, {@code right}: those after); MAX_VALUE with none.
     */
    private static int distance(String[] left, String[] right, Keys keys, boolean future) {
        int distance = Integer.MAX_VALUE;
        for (int i = left.length - 1, d = 0; i >= 0 && d < distance; i--, d++) {
            if (isKey(left[i], keys, future)) {
                distance = d;
            }
        }
        for (int i = 0, d = 0; i < right.length && d < distance; i++, d++) {
            if (isKey(right[i], keys, future)) {
                distance = d;
            }
        }
        return distance;
    }

    /** The word without a plural or verb ending ("stays" → "stay", "scored" → "scor", "leading" → "lead"). */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /**
     * Whether a word of the sentence is one of {@code keys}: itself, or for a hyphenated word ("hat-trick",
     * "first-round") the whole or one of its parts.
     */
    private static boolean isKey(String word, Keys keys, boolean future) {
        if (word.indexOf('-') >= 0) {
            for (String part : word.split("-")) {
                if (isKeyWord(part, keys, future)) {
                    return true;
                }
            }
        }
        return isKeyWord(word, keys, future);
    }

    private static boolean isKeyWord(String word, Keys keys, boolean future) {
        if (word.length() < 2 || DirectAnswers.STOP.contains(word)
                || future && word.endsWith("ed") && !keys.words().contains(word)) {
            return false;
        }
        String stem = null;
        String lower = null;
        int groups = 0;
        for (int i = 0; i < keys.list().length; i++) {
            String key = keys.list()[i];
            if (word.equals(key) || key.length() >= 5 && word.regionMatches(0, key, 0, 5)) {
                return true;
            }
            if (stem == null) {
                stem = stem(word);
                lower = word.toLowerCase(Locale.ROOT);
                groups = StandIns.groupsOf(lower);
            }
            // StandIns.related(key, word), with the word's side worked out once
            if (stem.equals(keys.stems()[i]) || keys.lowerCase()[i].equals(lower) || (keys.groups()[i] & groups) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The words matched against, in the set's order, with their stems, lower-case forms and stand-in groups. */
    private record Keys(Set<String> words, String[] list, String[] stems, String[] lowerCase, int[] groups) {

        static Keys of(Set<String> words) {
            String[] list = words.toArray(String[]::new);
            String[] stems = new String[list.length];
            String[] lowerCase = new String[list.length];
            int[] groups = new int[list.length];
            for (int i = 0; i < list.length; i++) {
                stems[i] = stem(list[i]);
                lowerCase[i] = list[i].toLowerCase(Locale.ROOT);
                groups[i] = StandIns.groupsOf(lowerCase[i]);
            }
            return new Keys(words, list, stems, lowerCase, groups);
        }
    }
}
