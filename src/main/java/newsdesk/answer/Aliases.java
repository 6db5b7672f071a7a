package newsdesk.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other names of what a question asks about, from a sentence that glosses one: "Changpeng Zhao, also known as
 * “CZ,”" or "Changpeng Zhao (CZ)" make "Changpeng Zhao" the CZ of "Who replaces CZ as Binance's CEO?", so that
 * neither "Zhao" nor "Changpeng Zhao" is taken as its answer. A pure function.
 */
final class Aliases {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’.-]*";
    private static final String NAME = "((?!The\\s)" + WORD + "(?:\\s+(?:(?:of|and|for|de)\\s+)?" + WORD + "){0,4})";
    private static final Pattern GLOSS = Pattern.compile(NAME + "(?:,\\s*(?:also |better |popularly |widely )?"
            + "(?:known|referred to) as\\s+|\\s+\\()[“\"‘']?([\\p{L}\\p{N}][\\p{L}\\p{N} .'’-]{0,40}?)[,.”\"’']*[,)]");

    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "de");

    private Aliases() {
    }

    /**
     * The (stemmed, {@link DirectAnswers#words}) words of each name in {@code sentence} glossed by a name made of
     * {@code asked} words; empty when there is none.
     */
    static Set<String> of(String sentence, Set<String> asked) {
        Set<String> found = new HashSet<>();
        if (asked.isEmpty()) {
            return found;
        }
        Matcher m = GLOSS.matcher(sentence);
        while (m.find()) {
            Set<String> alias = DirectAnswers.words(m.group(2));
            if (!alias.isEmpty() && asked.containsAll(alias)) {
                found.addAll(DirectAnswers.words(m.group(1)));
                found.removeAll(CONNECTORS);
            }
        }
        return found;
    }
}
