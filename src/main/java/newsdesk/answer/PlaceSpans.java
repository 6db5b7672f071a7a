package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "City, State" and "City, Country" as one place: a name followed by ", " and a U.S. state or a country ("Portland,
 * Maine-based", "Riyadh, Saudi Arabia") is one span, fitting as well as the better of the two, unless the first is
 * itself a state or country or the pair is part of a list ("Paris, Lyon, France", "Smith, Texas and Jones"). Pure:
 * the joined span is a verbatim substring of the sentence.
 */
final class PlaceSpans {

    /** The fifty U.S. states and D.C., lower-cased. */
    static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "d.c.");

    private static final Set<String> LIST_GAPS = Set.of(", ", " and ", " or ", ", and ");

    private PlaceSpans() {
    }

    /** {@code spans} (names of {@code sentence}, in sentence order) with each "City, State" pair as one span. */
    static List<AnswerSpan> joined(String sentence, List<AnswerSpan> spans) {
        List<AnswerSpan> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            AnswerSpan city = spans.get(i);
            if (i + 1 < spans.size() && pair(sentence, spans, i)) {
                AnswerSpan region = spans.get(i + 1);
                out.add(new AnswerSpan(city.start(), region.end(), city.type(), Math.max(city.fit(), region.fit())));
                i++;
            } else {
                out.add(city);
            }
        }
        return out;
    }

    private static boolean pair(String sentence, List<AnswerSpan> spans, int i) {
        AnswerSpan city = spans.get(i);
        AnswerSpan region = spans.get(i + 1);
        boolean list = i + 2 < spans.size() && LIST_GAPS.contains(sentence.substring(region.end(),
                spans.get(i + 2).start())) || i > 0 && sentence.substring(spans.get(i - 1).end(), city.start())
                .equals(", ");
        return sentence.substring(city.end(), region.start()).equals(", ") && !list
                && region(region.of(sentence)) && !region(city.of(sentence));
    }

    private static boolean region(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return STATES.contains(n) || NameWords.COUNTRIES.contains(n);
    }
}
