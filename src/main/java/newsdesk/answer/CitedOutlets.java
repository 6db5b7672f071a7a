package newsdesk.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.OutletAliases;

/**
 * The sources a question cites as publishers ("a Bloomberg article", "an article by Variety", "a piece from Business
 * Standard", "as reported by Reuters"), and whether it cites one while naming none of the given outlets: then it asks
 * what that source published, and articles from other outlets cannot tell. A name before "report" as a verb ("What
 * did Nike report?") and a source of figures ("according to Adobe") are not cited publishers. A pure function.
 */
final class CitedOutlets {

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{N}.&-]*)*)";
    private static final String NOUN = "(?:articles?|pieces?|stor(?:y|ies)|op-eds?|columns?|coverage|reports?)";
    private static final List<Pattern> CITES = List.of(
            Pattern.compile("(?<!\\b(?:did|does|do|will|would|to|can|could|may|might)\\s)\\b" + NAME
                    + "(?:['’]s?)?\\s+" + NOUN + "\\b"),
            Pattern.compile("\\b" + NOUN + "\\s+(?:\\p{Ll}+\\s+){0,3}?(?:by|from|in)\\s+(?:the\\s+)?" + NAME),
            Pattern.compile("\\b(?:reported|published)\\s+(?:by|in)\\s+(?:the\\s+)?" + NAME));

    private static final Pattern THE = Pattern.compile("^(?i)the\\s+");

    private CitedOutlets() {
    }

    /** The names the question cites as publishers, in pattern order (may repeat). */
    static List<String> in(String question) {
        List<String> cited = new ArrayList<>();
        for (Pattern pattern : CITES) {
            Matcher m = pattern.matcher(question);
            while (m.find()) {
                cited.add(m.group(1));
            }
        }
        return cited;
    }

    /**
     * Whether the question cites a publisher but names none of {@code outlets}: neither anywhere in the question
     * ({@link OutletCoverage#named}, also without a leading "The": "a Wall Street Journal article" names The Wall
     * Street Journal) nor by a short form of its name among the cited ones ({@link OutletAliases}: "a WSJ piece").
     */
    static boolean foreign(String question, Collection<String> outlets) {
        List<String> cited = in(question);
        if (cited.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(outlets);
        outlets.forEach(o -> names.add(THE.matcher(o).replaceFirst("")));
        if (!OutletCoverage.named(question, names).isEmpty()) {
            return false;
        }
        return cited.stream().noneMatch(c -> outlets.stream().anyMatch(o -> OutletAliases.same(c, o)));
    }
}
