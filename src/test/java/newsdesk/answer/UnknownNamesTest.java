package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class UnknownNamesTest {

    private static final Set<String> STOP = Set.of("the", "of", "and");
    private static final Function<String, List<String>> ANALYZER = text -> Arrays.stream(
            text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(t -> !t.isEmpty() && !STOP.contains(t)).toList();
    /** Keeps a domain-like word whole, as Lucene's StandardTokenizer does. */
    private static final Function<String, List<String>> DOMAINS = text -> text.contains(".")
            ? List.of(text.toLowerCase(Locale.ROOT)) : ANALYZER.apply(text);
    private static final Set<String> CORPUS = Set.of("kim", "putin", "xi", "beijing", "parade", "verge", "jong", "un",
            "cbssports.com");

    private static List<String> unknown(String question) {
        return UnknownNames.in(question, DOMAINS, CORPUS::contains);
    }

    @Test
    void capitalisedWordsTheCorpusNeverMentionsAreReportedOnceInOrder() {
        assertThat(unknown("Did Kim Jong Un meet Asha Shobana and Asha Shobana's aide in Beijing?"))
                .containsExactly("Asha", "Shobana", "Shobana's");
        assertThat(unknown("Will Putin and Xi attend the Beijing parade, as The Verge reported?")).isEmpty();
        assertThat(unknown("Did the CBSSports.com article (on Kim) say so?")).isEmpty();
    }

    @Test
    void sentenceOpeningWordsLowerCaseWordsAndWordsWithDigitsAreNotNames() {
        assertThat(unknown("Who attended? Nobody knows. Which leaders came to the parade")).isEmpty();
        assertThat(unknown("what did the zyxwv committee decide about Kim?")).isEmpty();
        assertThat(unknown("Did Kim finish T13 at the parade with a score of A1?")).isEmpty();
        assertThat(unknown("Kim said: \"Nobody came.\" Did Putin?")).isEmpty();
        assertThat(unknown("How do I know whether I'm right, and would I’ve asked Kim about option B?")).isEmpty();
    }

    @Test
    void monthsAndWeekdaysAreDatesNotNames() {
        assertThat(unknown("How much did Kim approve on January 5, 2025, or on Sept. 3 (a Wednesday)?")).isEmpty();
        assertThat(unknown("What did Putin say in Beijing on Tue., Aug. 26, and did Asha reply in May?"))
                .containsExactly("Asha");
    }

    @Test
    void aShortFormOfARetrievedPassagesOutletIsKnown() {
        String question = "Did the WSJ piece or the FT's say Kim went to Beijing?";
        List<newsdesk.retrieve.Passage> wsj = List.of(ExtractiveFixtures.whole(1, ExtractiveFixtures.PARADE));

        assertThat(unknown(question)).containsExactly("WSJ", "FT's");
        assertThat(UnknownNames.in(question, DOMAINS, CORPUS::contains, wsj)).containsExactly("FT's");
    }

    @Test
    void theWordsOfACitedPublisherNamingARetrievedPassagesOutletAreKnown() {
        String question = "Did an Associated Press story say Kim went to Beijing?";
        var ap = ExtractiveFixtures.article("Kim in Beijing", "AP", "Kim went to Beijing.");
        var other = ExtractiveFixtures.article("Kim in Beijing", "Reuters", "Kim went to Beijing.");

        assertThat(UnknownNames.in(question, DOMAINS, CORPUS::contains, List.of(ExtractiveFixtures.whole(1, ap))))
                .isEmpty();
        assertThat(UnknownNames.in(question, DOMAINS, CORPUS::contains, List.of(ExtractiveFixtures.whole(1, other))))
                .containsExactly("Associated", "Press");
    }

    @Test
    void theWordsOfAReporterNamingARetrievedPassagesOutletAreKnown() {
        String question = "What did the Wall Street Journal say about the trip?";
        var wsj = ExtractiveFixtures.article("Kim in Beijing", "WSJ", "Kim went to Beijing.");
        var other = ExtractiveFixtures.article("Kim in Beijing", "Reuters", "Kim went to Beijing.");

        assertThat(UnknownNames.in(question, DOMAINS, CORPUS::contains, List.of(ExtractiveFixtures.whole(1, wsj))))
                .isEmpty();
        assertThat(UnknownNames.in(question, DOMAINS, CORPUS::contains, List.of(ExtractiveFixtures.whole(1, other))))
                .containsExactly("Wall", "Street", "Journal");
    }
}
