package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in a question that no article mentions: capitalised words that do not start a sentence ("Asha Shobana",
 * "Al Jazeera") whose analysed terms the corpus has never seen. When a question asks about someone or something
 * the articles never name, the honest answer is that they don't say, whatever the retrieved passages look like.
 * Words with digits (scores, model numbers) are not names here.
 */
final class UnknownNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final String SENTENCE_OPENERS = ".?!:;\"“‘(";

    private UnknownNames() {
    }

    /** The question's capitalised words, in order and without repeats, of which some term is unknown. */
    static List<String> in(String question, Function<String, List<String>> analyzer, Predicate<String> known) {
        List<String> unknown = new ArrayList<>();
        Matcher word = WORD.matcher(question);
        while (word.find()) {
            String text = word.group();
            if (!Character.isUpperCase(text.codePointAt(0)) || opensSentence(question, word.start())
                    || (word.end() < question.length() && Character.isDigit(question.charAt(word.end())))) {
                continue;
            }
            if (!unknown.contains(text) && analyzer.apply(text).stream().anyMatch(term -> !known.test(term))) {
                unknown.add(text);
            }
        }
        return unknown;
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return SENTENCE_OPENERS.indexOf(c) >= 0;
            }
        }
        return true;
    }
}
