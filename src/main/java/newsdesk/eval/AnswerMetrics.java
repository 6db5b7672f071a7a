package newsdesk.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * Answer metrics as pure functions.
 *
 * <p>Gold-answer containment is {@link AnswerMatch}'s rule: normalised text (NFKC, lower case, every run of
 * characters that are not letters or digits becomes one space) on word boundaries, tolerant of number formats. So
 * "Sam Bankman-Fried" is contained in "... sam bankman fried's trial ..." but "no" is not contained in "not". A cited
 * sentence is verbatim when it occurs character for character
 * in the body of the article it cites.
 */
public final class AnswerMetrics {

    private AnswerMetrics() {
    }

    /** NFKC, lower case, non-alphanumeric runs collapsed to single spaces, trimmed. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Whether the answer contains any gold answer phrase, by the one matching rule ({@link AnswerMatch}). */
    public static boolean containsGold(String answerText, Collection<String> goldAnswers) {
        return AnswerMatch.contains(answerText, goldAnswers);
    }

    /** Whether a cited sentence occurs verbatim in the cited article's body ({@code body} null: article unknown). */
    public static boolean isVerbatim(String sentence, String body) {
        return body != null && !sentence.isBlank() && body.contains(sentence);
    }
}
