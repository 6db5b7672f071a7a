package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NegationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trump won't be attending the summit. | true",
            "Trump won’t be attending. | true",
            "She is NOT running again. | true",
            "Never before had it rained so much. | true",
            "Neither he nor she came. | true",
            "It is no longer sold in Europe. | true",
            "They cannot agree. | true",
            "We didn't know; it doesn't matter; they don't care. | true",
            "Another note from the north. | false",
            "One new need, known now. | false",
            "Xi attended the meeting in May. | false",
            "'n't | false"})
    void findsANegationAsAWord(String text, boolean negated) {
        assertThat(Negation.in(text)).as(text).isEqualTo(negated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not", "never", "nor", "no longer", "won't", "wouldn’t", "didn't", "doesn’t", "don't",
            "isn't", "aren’t", "wasn't", "weren't", "can’t", "cannot", "hasn't", "haven’t"})
    void everyNegationPassesTheCheapCheckInAnyCase(String word) {
        for (String text : List.of(word, word.toUpperCase(Locale.ROOT), "Well, " + word + " now",
                "x" + word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))) {
            assertThat(Negation.mayNegate(text)).as(text).isTrue();
            assertThat(Negation.in(text)).as(text).isEqualTo(!text.startsWith("x"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Another note from the north.", "One new need, known now.", "n", "N", "abc"})
    void theCheapCheckNeverDisagreesWithThePattern(String text) {
        if (!Negation.mayNegate(text)) {
            assertThat(Negation.in(text)).isFalse();
        }
    }
}
