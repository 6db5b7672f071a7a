package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerMetricsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "  Sam Bankman-Fried’s  TRIAL!   | sam bankman fried s trial",
            "Ｇｏｏｇｌｅ, Inc.               | google inc",
            "Yes.                            | yes",
            "'...'                           | ''",
            "Café 2023                       | café 2023",
    })
    void normalise(String text, String expected) {
        assertThat(AnswerMetrics.normalise(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] contains [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "It was Sam Bankman-Fried, the founder of FTX.  | Sam Bankman-Fried | true",
            "Prosecutors say SAM BANKMAN FRIED lied.        | Sam Bankman-Fried | true",
            "No, the articles disagree.                     | no                | true",
            "Nothing in the reports says so.                | no                | false",
            "The notice was posted.                         | no                | false",
            "Google and Microsoft both did.                 | google            | true",
            "Googlers were surprised.                       | Google            | false",
            "Its revenue was $1.2 billion.                  | 1.2 billion       | true",
    })
    void containsGoldOnWordBoundaries(String answer, String gold, boolean expected) {
        assertThat(AnswerMetrics.containsGold(answer, List.of(gold))).isEqualTo(expected);
    }

    @Test
    void containsAnyOfSeveralGoldAnswersAndNeverABlankOne() {
        assertThat(AnswerMetrics.containsGold("It was Altman.", List.of("Sam Altman", "Altman"))).isTrue();
        assertThat(AnswerMetrics.containsGold("Anything at all.", List.of("", "  ..."))).isFalse();
        assertThat(AnswerMetrics.containsGold("", List.of("x"))).isFalse();
        assertThat(AnswerMetrics.containsGold("Anything.", List.of())).isFalse();
    }

    @Test
    void verbatimMeansCharacterForCharacterInTheBody() {
        String body = "First sentence here. Second one, with a comma.\n\nThird.";
        assertThat(AnswerMetrics.isVerbatim("Second one, with a comma.", body)).isTrue();
        assertThat(AnswerMetrics.isVerbatim("First sentence here.", body)).isTrue();
        assertThat(AnswerMetrics.isVerbatim("Second one,  with a comma.", body)).isFalse();
        assertThat(AnswerMetrics.isVerbatim("second one, with a comma.", body)).isFalse();
        assertThat(AnswerMetrics.isVerbatim("Third.", null)).isFalse();
        assertThat(AnswerMetrics.isVerbatim("  ", body)).isFalse();
    }
}
