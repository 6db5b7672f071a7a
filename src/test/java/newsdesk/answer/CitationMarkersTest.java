package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationMarkersTest {

    @Test
    void readsMarkerLists() {
        assertThat(CitationMarkers.numbers("a [1] b [2, 3] c [4-6] d [7;8]"))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Kim arrived [1].             | 1
            Kim arrived [2][1][2].       | 2 1 2
            Kim arrived [ 3 ].           | 3
            Kim arrived [4–6].           | 4 5 6
            Kim arrived [1-100].         | 1 2 3 4 5 6 7 8 9 10
            Kim arrived [6-4].           | NONE
            Kim arrived [0].             | 0
            Kim arrived [99999999999].   | -1
            Kim arrived [a].             | NONE
            Kim arrived in 2019.         | NONE
            """)
    void readsTheNumbersMarkersName(String text, String expected) {
        List<Integer> numbers = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertThat(CitationMarkers.numbers(text)).isEqualTo(numbers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim arrived [1].             | Kim arrived.               | true
            Kim arrived [1] and left [2] | Kim arrived and left       | true
            Kim arrived in [Beijing].    | Kim arrived in [Beijing].  | false
            Kim arrived.                 | Kim arrived.               | false
            """)
    void stripsMarkersWithTheSpaceBeforeThem(String text, String stripped, boolean any) {
        assertThat(CitationMarkers.strip(text)).isEqualTo(stripped);
        assertThat(CitationMarkers.any(text)).isEqualTo(any);
    }
}
