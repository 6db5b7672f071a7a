package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandInsTest {

    @ParameterizedTest
    @CsvSource({
            "going, join, true",
            "won, beat, true",
            "led, leading, true",
            "fire, relieved, true",
            "replaces, named, true",
            "come, launch, false",
            "out, launches, true",
            "paid, worth, false",
            "bought, acquired, true",
            "Bought, ACQUIRED, true",
            "scored, brace, true",
            "crowd, attendance, false",
            "toll, toll, true"})
    void relatesWordsThatStandForOneAnother(String a, String b, boolean related) {
        assertThat(StandIns.related(a, b)).as(a + " ~ " + b).isEqualTo(related);
    }
}
