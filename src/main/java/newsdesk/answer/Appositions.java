package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers set off right after the question's head noun, lower-case ones included, which {@link NameSpans}
 * cannot find: "A second drug, donanemab, is expected …" → "donanemab" for "Which drug …?"; "a feature called
 * Explore with Alexa" → "Explore with Alexa". One to three words between commas, dashes or brackets, or after
 * "called", "named", "dubbed", "known as"; never function words ("the drug, however, …"). Pure: spans are verbatim
 * offsets.
 */
final class Appositions {

    static final double FIT = 0.9;
    private static final Set<String> NOT_ANSWERS = Set.of("the", "a", "an", "this", "that", "it", "its", "he", "she",
            "they", "which", "who", "whose", "however", "though", "too", "also", "meanwhile", "instead",
            "and", "or", "but", "so", "said", "says", "for", "example", "instance", "in", "of", "to", "on", "at",
            "by", "with", "as", "is", "was", "are", "were", "be", "has", "have", "had", "not", "now", "then", "still",
            "reportedly", "apparently", "analysts", "experts", "sources", "critics", "he's", "she's", "it's");
    private static final String WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}.+-]*";
    private static final String WORDS = "(" + WORD + "(?: " + WORD + "){0,2})";

    private static final Pattern QUOTED = Pattern.compile("[“\"]((?:[\\p{Lu}\\p{N}][^“”\"\\s]*)(?: [^“”\"\\s]+){0,5}?)"
            + "[,.!?]?[”\"]");

    private Appositions() {
    }

    /**
     * Short quoted titles ("“Pink Friday 2,” her fifth album" → "Pink Friday 2"): one to six words in quotation
     * marks starting with a capital or a digit; longer quotes are speech, not names.
     */
    static List<AnswerSpan> quoted(String sentence, AnswerType type) {
        List<AnswerSpan> spans = new ArrayList<>();
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            int end = m.end(1);
            while (",.!?;:".indexOf(sentence.charAt(end - 1)) >= 0 && end - 1 > m.start(1)) {
                end--;
            }
            spans.add(new AnswerSpan(m.start(1), end, type, FIT));
        }
        return spans;
    }

    /** The spans standing in apposition to {@code head} (a noun, any case) in {@code sentence}; none without a head. */
    static List<AnswerSpan> of(String sentence, String head, AnswerType type) {
        List<AnswerSpan> spans = new ArrayList<>();
        if (head == null || head.length() < 3) {
            return spans;
        }
        String noun = head.substring(head.lastIndexOf(' ') + 1);
        String stem = Pattern.quote(noun.substring(0, Math.min(noun.length(), Math.max(3, noun.length() - 2))));
        Pattern set = Pattern.compile("\\b" + stem + "\\p{L}*(?:, | [–—] | \\()(?:the )?" + WORDS
                + "(?:,| [–—]|\\))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern called = Pattern.compile("\\b" + stem + "\\p{L}* (?:called|named|dubbed|known as) [“\"‘']?" + WORDS,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Pattern p : List.of(set, called)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                String text = m.group(1);
                if (answer(text)) {
                    spans.add(new AnswerSpan(m.start(1), m.end(1), type, FIT));
                }
            }
        }
        return spans;
    }

    private static boolean answer(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (NOT_ANSWERS.contains(words[0]) || NOT_ANSWERS.contains(words[words.length - 1])) {
            return false;
        }
        return text.length() >= 3 && !text.chars().allMatch(Character::isDigit);
    }
}
