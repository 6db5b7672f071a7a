package newsdesk.answer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a name span fits the question's head noun and verb, from the words next to it (pure, no model):
 * <ul>
 *   <li>{@link #head}: {@code HEAD_BONUS} next to the head noun ("leader Kim Jong Un", "Arizona Stadium", "hired
 *   Jonathan Smith as its next football coach"), {@code APPOSITION_BONUS} when an apposition names it ("Red Rock
 *   Coffee, the café known for …" for "Which cafe …?"); accents do not matter;</li>
 *   <li>{@link #factor}: a city question takes no country ("Netherlands" for "In which city …?"), a country question
 *   prefers one; a question naming a person's role ("Which referee …?", "Who is the coach …?") weighs a name after
 *   "the" ("the All Blacks": a team, not a person) less; a "who" question whose verb takes a team, a country or a
 *   company (play, beat, face, buy …) accepts a country as readily as a person, unless it is an owner ("China’s
 *   parade"); people join and meet, so those verbs do not count.</li>
 * </ul>
 */
final class HeadFit {

    static final double HEAD_BONUS = 1.2;
    static final double APPOSITION_BONUS = 1.5;
    /** A country for "which city": possible (a city-state) but unlikely. */
    static final double COUNTRY_FOR_CITY = 0.3;
    /** A name after "the" for a person's role: a team, a band, a body. */
    static final double THE_FOR_PERSON = 0.5;
    /** Lifts a country's fit for a "who" question (0.35 in {@link AnswerSpans}) to about a person's. */
    static final double COUNTRY_FOR_TEAM_VERB = 2.5;
    static final int BEFORE_CHARS = 25;
    private static final Set<String> CITY_HEADS = Set.of("city", "cities", "town", "capital");
    private static final Set<String> COUNTRY_HEADS = Set.of("country", "countries", "nation", "nations");
    /** Heads only an organisation or a product answers: a country is no company, group or app. */
    private static final Set<String> ORG_HEADS = Set.of("company", "companies", "firm", "startup", "organization",
            "organisation", "group", "agency", "app", "platform", "publisher", "bank", "fund", "brand", "maker",
            "manufacturer", "retailer", "studio", "website", "service", "investor", "partner", "partners");
    /** A possessive ("Tessa Wullaert’s brace") for "In which city …?": an owner, seldom the place. */
    static final double POSSESSIVE_FOR_PLACE = 0.5;
    /** A country for "Which company / group / app …?". */
    static final double COUNTRY_FOR_ORG = 0.3;
    private static final Pattern PERSON_ROLE = Pattern.compile("\\b(" + Expectation.PERSON_ROLES
            + "|forward|winger|boss|director|manager|streamer|whistleblower)\\b");
    /** The verb of "who" (its first words): one a team, a country or a company is the object or subject of. */
    private static final Pattern TEAM_VERB = Pattern.compile("^(who|whom) ((did|does|do|will|would|could|can|is|are"
            + "|was|were|has|have|had) )?([\\p{L}'.-]+ ){0,3}?(play|plays|played|playing|face|faces|faced|facing"
            + "|beat|beats|beaten|defeat|defeated|host|hosts|buy|buys|bought|acquire|acquired"
            + "|sign with|signed with|lose to|lost to|draw with|drew with)\\b");

    private HeadFit() {
    }

    /** The head-noun bonus of a name or number span of {@code sentence}: 1, {@code HEAD_BONUS} or more. */
    static double head(QuestionPart part, String sentence, AnswerSpan span) {
        if (part.head() == null || part.head().length() < 3) {
            return 1;
        }
        String folded = fold(part.head());
        String stem = folded.substring(0, Math.min(folded.length(), 5));
        if (part.type() == AnswerType.NUMBER) {
            return fold(span.of(sentence)).contains(stem) ? HEAD_BONUS : 1;
        }
        if (part.type() != AnswerType.DATE && appositive(fold(sentence.substring(span.end())), stem)) {
            return APPOSITION_BONUS;
        }
        String near = fold(sentence.substring(Math.max(0, span.start() - BEFORE_CHARS), span.end()));
        String after = fold(sentence.substring(span.end()));
        return near.contains(stem) || after.matches("^ as (its|the|their|his|her|a|an) ([\\p{L}-]+ ){0,2}" + stem
                + ".*") ? HEAD_BONUS : 1;
    }

    /** The factor a name of {@code sentence} takes for {@code part}'s head noun and verb; 1 when nothing applies. */
    static double factor(QuestionPart part, String sentence, AnswerSpan span) {
        String name = span.of(sentence).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        boolean country = NameWords.COUNTRIES.contains(name) || PlaceSpans.STATES.contains(name);
        String q = part.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean owner = sentence.startsWith("'s", span.end()) || sentence.startsWith("’s", span.end());
        if (part.type() == AnswerType.PLACE && part.head() != null) {
            double possessive = owner ? POSSESSIVE_FOR_PLACE : 1;
            if (CITY_HEADS.contains(part.head())) {
                return possessive * (country ? COUNTRY_FOR_CITY : 1);
            }
            return possessive * (COUNTRY_HEADS.contains(part.head()) && NameWords.COUNTRIES.contains(name)
                    ? Expectation.PREFERRED : 1);
        }
        if (part.type() == AnswerType.NAMED_THING && ORG_HEADS.contains(String.valueOf(part.head()))) {
            return NameWords.COUNTRIES.contains(name) ? COUNTRY_FOR_ORG : 1;
        }
        if (part.type() != AnswerType.PERSON_OR_ORG) {
            return 1;
        }
        if (country && !owner && TEAM_VERB.matcher(q).find()) {
            return COUNTRY_FOR_TEAM_VERB;
        }
        boolean role = PERSON_ROLE.matcher(q).find()
                || part.head() != null && QuestionAnalysis.PERSON_HEADS.contains(part.head());
        return role && afterThe(sentence, span.start()) ? THE_FOR_PERSON : 1;
    }

    /** ", the café known for …", " – the drug …": the text right after a span names what it is. */
    private static boolean appositive(String after, String stem) {
        return after.matches("^\\s?[,(–—-]\\s?(the|a|an|its|their)? ?([\\p{L}-]+ ){0,2}" + Pattern.quote(stem)
                + ".*");
    }

    private static boolean afterThe(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 4), start);
        return before.equals("the ") || before.endsWith("The ") && start == 4;
    }

    /** Lower case without accents ("Café" → "cafe"). */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
