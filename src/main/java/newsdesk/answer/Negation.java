package newsdesk.answer;

import java.util.HashSet;
import java.util.function.Function;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence denies what a positive question asks: a negation ("won't", "not", "never" …) within
 * {@link #REACH} words before one of the question's words ("Trump won't be attending" for "Which leaders will
 * attend?"). Such a sentence scores {@link #PENALTY} of its score.
 */
final class Negation {

    /** Score factor for a sentence that negates one of the question's words (a positive question was asked). */
    static final double PENALTY = 0.5;
    static final int REACH = 3;
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|never|nor|no longer|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t|don['’]t|isn['’]t|aren['’]t"
                    + "|wasn['’]t|weren['’]t|can['’]t|cannot|hasn['’]t|haven['’]t)\\b");

    /** What follows the "n" of each word {@link #NEGATION} can match ({@link #mayNegate}). */
    private static final List<String> RESTS = List.of("ot", "or", "o longer", "ever", "'t", "’t");

    private Negation() {
    }

    static boolean in(String text) {
        return mayNegate(text) && NEGATION.matcher(text).find();
    }

    /**
     * False only for a text {@link #NEGATION} cannot match: every word of it contains "not", "nor", "no longer",
     * "never" or "n't" (either apostrophe), in any case. One scan for an "n" is several times cheaper than trying the
     * pattern's seventeen alternatives at every position, and most sentences have none of those.
     */
    static boolean mayNegate(String text) {
        for (int i = text.indexOf('n'), j = text.indexOf('N'); i >= 0 || j >= 0; ) {
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            for (String rest : RESTS) {
                if (text.regionMatches(true, at + 1, rest, 0, rest.length())) {
                    return true;
                }
            }
            if (at == i) {
                i = text.indexOf('n', at + 1);
            } else {
                j = text.indexOf('N', at + 1);
            }
        }
        return false;
    }

    /** Whether a negation comes just before one of the question's words in {@code sentence}. */
    static boolean denies(String sentence, SentenceScorer scorer, Function<String, List<String>> analyzer) {
        if (!mayNegate(sentence)) {
            return false;
        }
        Matcher negation = NEGATION.matcher(sentence);
        while (negation.find()) {
            String[] next = sentence.substring(negation.end()).strip().split("\\s+", REACH + 1);
            for (int i = 0; i < Math.min(REACH, next.length); i++) {
                if (scorer.coverage(new HashSet<>(analyzer.apply(next[i]))) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
