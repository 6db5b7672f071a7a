package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
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

    @Test
    void relatesExactlyTheWordsThatShareAGroup() {
        Set<String> words = new HashSet<>(Set.of("worth", "crowd"));
        StandIns.groups().forEach(words::addAll);
        for (String a : words) {
            for (String b : words) {
                boolean shared = a.equals(b) || StandIns.groups().stream().anyMatch(g -> g.contains(a) && g.contains(b));
                assertThat(StandIns.related(a, b)).as(a + " ~ " + b).isEqualTo(shared);
                assertThat(StandIns.related(a.toUpperCase(java.util.Locale.ROOT), b)).as(a + " ~ " + b).isEqualTo(shared);
            }
        }
    }
}
