package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.OutletAliases;
import newsdesk.retrieve.Passage;

/**
 * Names in a question that no article mentions: capitalised words that do not start a sentence ("Asha Shobana",
 * "Al Jazeera") whose analysed terms the corpus has never seen. When a question asks about someone or something
 * the articles never name, the honest answer is that they don't say, whatever the retrieved passages look like.
 * Words with digits (scores, model numbers), months and weekdays are not names here.
 */
final class UnknownNames {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final String SENTENCE_ENDS = ".?!:;";
    /** "I'm", "I'd", "I've", "I'll": the pronoun, not a name. */
    private static final Pattern PRONOUN_I = Pattern.compile("I['’](m|d|ve|ll|s)");
    /**
     * Months and weekdays, full and abbreviated: a question naming a day ("on January 5") asks about the article's
     * date, which is metadata the body rarely repeats, so the calendar is never an unknown name.
     */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private UnknownNames() {
    }

    /**
     * The question's capitalised words (each a whitespace-separated token without surrounding punctuation, so
     * "CBSSports.com" stays whole as the index has it), in order and without repeats, of which some analysed term
     * occurs in no article. Tokens that open a sentence or a quotation, hold a digit, have a single letter ("I") or
     * are the pronoun "I" contracted ("I'm") are skipped.
     */
    static List<String> in(String question, Function<String, List<String>> analyzer, Predicate<String> known) {
        return in(question, analyzer, known, List.of());
    }

    /**
     * The same, where a word naming the outlet of one of the {@code evidence} passages by another form of its name
     * ({@link OutletAliases}: "WSJ" for The Wall Street Journal, "FT's" for Financial Times, or a word of a cited
     * publisher, {@link CitedOutlets#in}: "an Associated Press story" for AP, or of the one who reported, {@link
     * ReportedFrame#reporter}: "What did the Wall Street Journal say about …?" for WSJ) is known too.
     */
    static List<String> in(String question, Function<String, List<String>> analyzer, Predicate<String> known,
                           List<Passage> evidence) {
        List<String> outlets = evidence.stream().map(p -> p.article().source()).filter(s -> s != null)
                .distinct().toList();
        Set<String> outletWords = new HashSet<>();
        List<String> citations = new ArrayList<>(CitedOutlets.in(question));
        ReportedFrame.reporter(question).ifPresent(citations::add);
        for (String cited : outlets.isEmpty() ? List.<String>of() : citations) {
            if (outlets.stream().anyMatch(outlet -> OutletAliases.same(cited, outlet))) {
                outletWords.addAll(List.of(cited.split("\\s+")));
            }
        }
        List<String> unknown = new ArrayList<>();
        Matcher token = TOKEN.matcher(question);
        boolean opening = true;
        while (token.find()) {
            String raw = token.group();
            String word = EDGE.matcher(raw).replaceAll("");
            boolean quoted = !raw.isEmpty() && !word.isEmpty() && raw.indexOf(word) > 0;
            boolean candidate = !opening && !quoted && word.length() > 1 && !PRONOUN_I.matcher(word).matches()
                    && Character.isUpperCase(word.codePointAt(0)) && word.chars().noneMatch(Character::isDigit)
                    && !CALENDAR.contains(word.toLowerCase(Locale.ROOT));
            opening = SENTENCE_ENDS.indexOf(raw.charAt(raw.length() - 1)) >= 0
                    || raw.endsWith(".\"") || raw.endsWith("?\"") || raw.endsWith("!\"");
            if (candidate && !unknown.contains(word)
                    && analyzer.apply(word).stream().anyMatch(term -> !known.test(term))
                    && !outletWords.contains(word)
                    && outlets.stream().noneMatch(outlet -> OutletAliases.same(word, outlet))) {
                unknown.add(word);
            }
        }
        return unknown;
    }
}
