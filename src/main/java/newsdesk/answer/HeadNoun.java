package newsdesk.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a question's head noun stands, from its original casing: after "which" / "what", names and numbers
 * that qualify the noun are not it ("Which Silicon Valley cafe …" → "cafe", "Which Alzheimer's drug …" → "drug",
 * "Which two partners …" → "partners", "Which Arsenal forward …" → "forward"), and "Who is France's head coach?" /
 * "Who is the new CEO?" name the role asked for ("coach", "ceo"). Pure.
 */
final class HeadNoun {

    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "both");
    private static final Pattern WHO_ROLE = Pattern.compile("^who(?:'s| is| was| will be| would be)"
            + " (?:the |a |an |(?:[\\p{L}.-]+ ){0,2}[\\p{L}.-]+'s? )((?:[\\p{L}-]+ ){0,3}?[\\p{L}-]+)"
            + "(?: (?:of|at|for|in|on|with|who|that|to)\\b|$)");

    /** "What did OpenAI call its new model?": a name. */
    private static final Pattern CALL = Pattern.compile("^what (did|does|do|will|is|was|are|were) .+ (call|name|dub"
            + "|rename)\\b(?! (for|on|off|out|up)\\b)");
    /** "What is Nicki Minaj's new album called?": a name, its head the noun before "called". */
    private static final Pattern OWN_CALLED = Pattern.compile("^what (?:is|was|are|were|will be) (?:[\\p{L}.-]+ ){0,2}"
            + "[\\p{L}.-]+'s? (?:[\\p{L}-]+ ){0,2}?([\\p{L}-]+) (?:going to be |to be )?(?:called|named|titled)$");

    private HeadNoun() {
    }

    /** Whether the question (lower-case, without its question mark) asks what something is called. */
    static boolean asksName(String q) {
        return CALL.matcher(q).find() || OWN_CALLED.matcher(q).find();
    }

    /** The head noun of "What is X's new album called?" ("album"), else {@code null}. */
    static String named(String q) {
        Matcher m = OWN_CALLED.matcher(q);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The words after "which" / "what" ({@code words}, original casing) without the leading names, possessive names
     * and numbers that qualify the head noun, lower-cased; all of them when nothing lower-case would be left.
     */
    static String afterNames(String words) {
        String[] w = words.strip().split("\\s+");
        int i = 0;
        while (i < w.length - 1 && (name(w[i]) || NUMBERS.contains(w[i].toLowerCase(Locale.ROOT))
                || w[i].matches("\\d+"))) {
            i++;
        }
        if (i > 0 && name(w[i])) {
            i = 0;
        }
        return String.join(" ", Arrays.copyOfRange(w, i, w.length)).toLowerCase(Locale.ROOT);
    }

    /**
     * The role a "who is the / who is X's …" question asks for, lower-cased: the last of its first words that
     * {@code known} accepts ("Who is France's head coach at …" → "coach"), else {@code null}.
     */
    static String role(String question, Set<String> known) {
        Matcher m = WHO_ROLE.matcher(question.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return null;
        }
        String role = null;
        for (String word : m.group(1).split(" ")) {
            if (known.contains(word)) {
                role = word;
            }
        }
        return role;
    }

    private static boolean name(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
