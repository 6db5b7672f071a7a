package newsdesk.answer;

import java.util.Arrays;
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
    /** What separates words: anything but letters, digits and hyphens (a hyphenated word is one word). */
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
        int toFocus = distance(sentence, span, focus, future);
        int toKey = distance(sentence, span, keys, future);
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
        return words.length > 0 && isKey(words[0], focus, false);
    }

    /** Words between the span and the nearest word of {@code keys} in the sentence; MAX_VALUE with none. */
    private static int distance(String sentence, AnswerSpan span, Set<String> keys, boolean future) {
        String before = sentence.substring(0, span.start()).toLowerCase(Locale.ROOT);
        String after = sentence.substring(span.end()).toLowerCase(Locale.ROOT);
        List<String> left = Arrays.asList(before.split(WORD_GAP));
        List<String> right = Arrays.asList(after.split(WORD_GAP));
        int distance = Integer.MAX_VALUE;
        for (int i = left.size() - 1, d = 0; i >= 0 && d < distance; i--, d++) {
            if (isKey(left.get(i), keys, future)) {
                distance = d;
            }
        }
        for (int i = 0, d = 0; i < right.size() && d < distance; i++, d++) {
            if (isKey(right.get(i), keys, future)) {
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
    private static boolean isKey(String word, Set<String> keys, boolean future) {
        if (word.indexOf('-') >= 0) {
            for (String part : word.split("-")) {
                if (isKeyWord(part, keys, future)) {
                    return true;
                }
            }
        }
        return isKeyWord(word, keys, future);
    }

    private static boolean isKeyWord(String word, Set<String> keys, boolean future) {
        if (word.length() < 2 || DirectAnswers.STOP.contains(word) || future && word.endsWith("ed") && !keys.contains(word)) {
            return false;
        }
        for (String key : keys) {
            if (word.equals(key) || key.length() >= 5 && word.startsWith(key.substring(0, 5))
                    || stem(word).equals(stem(key)) || StandIns.related(key, word)) {
                return true;
            }
        }
        return false;
    }
}
