package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What stands in apposition to the head noun is a candidate, lower-case or not; function words are not. */
class AppositionsTest {

    private static List<String> found(String sentence, String head) {
        return Appositions.of(sentence, head, AnswerType.NAMED_THING).stream().map(s -> s.of(sentence)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            A second drug, donanemab, is expected to follow soon.                     | drug    | donanemab
            The first drug – lecanemab – was approved in the US.                      | drug    | lecanemab
            Amazon launched a new feature called Explore with Alexa this week.        | feature | Explore with Alexa
            The company's app (Threads) reached 100 million users.                    | app     | Threads
            The drug, however, is not a cure.                                         | drug    | -
            The drug, which costs $26,500 a year, slows decline.                      | drug    | -
            Two drugs were approved in Japan, and one in the US.                      | drug    | -
            A second drug, donanemab, is expected to follow soon.                     | -       | -
            """)
    void findsWhatStandsInAppositionToTheHeadNoun(String sentence, String head, String expected) {
        assertThat(found(sentence, head)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The release of “Pink Friday 2,” her fifth studio album, flooded Twitter.   | Pink Friday 2
            A new feature called “Explore with Alexa” arrives.                         | Explore with Alexa
            “It sucks to see a platform stand behind someone,” Rachel said.            | -
            It is becoming “impossible” to continue reporting.                          | -
            """)
    void takesShortQuotedTitlesNotSpeech(String sentence, String expected) {
        assertThat(Appositions.quoted(sentence, AnswerType.NAMED_THING).stream().map(s -> s.of(sentence)).toList())
                .isEqualTo(expected == null ? List.of() : List.of(expected));
    }
}
