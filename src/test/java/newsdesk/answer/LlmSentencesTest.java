package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmSentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim arrived. He left.                          | Kim arrived.§He left.
            Kim arrived [1]. He left [2].                  | Kim arrived [1].§He left [2].
            Kim arrived. [1] He left. [2][3]               | Kim arrived. [1]§He left. [2][3]
            Kim arrived. [1, 2] He left.                   | Kim arrived. [1, 2]§He left.
            "We will win." [1] He left.                    | "We will win." [1]§He left.
            U.S. officials met Mr. Kim. They talked.       | U.S. officials met Mr. Kim.§They talked.
            The U.S. President spoke [1]. Then J. Doe left.| The U.S. President spoke [1].§Then J. Doe left.
            Prices rose 3.5 percent. Why? Nobody knows!    | Prices rose 3.5 percent.§Why?§Nobody knows!
            e.g. this stays. Next one.                     | e.g. this stays.§Next one.
            No terminator at the end [1]                   | No terminator at the end [1]
            """)
    void splitsFinishedText(String text, String expected) {
        assertThat(LlmSentences.split(text)).containsExactly(expected.split("§"));
    }

    @Test
    void lineBreaksEndSentences() {
        assertThat(LlmSentences.split("- Kim arrived [1]\n- Putin came [2]\n\nThat is all."))
                .containsExactly("- Kim arrived [1]", "- Putin came [2]", "That is all.");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  First one.  Second one [2].\n";
        List<String> quoted = new ArrayList<>();
        for (int[] span : LlmSentences.spans(text)) {
            quoted.add(text.substring(span[0], span[1]));
        }
        assertThat(quoted).containsExactly("First one.", "Second one [2].");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kim arrived.            | -1
            Kim arrived. [          | -1
            Kim arrived. [1         | -1
            Kim arrived. [1]        | -1
            Kim arrived. [1] H      | 17
            Kim arrived [1]. He     | 17
            Kim arrived. he         | -1
            Kim arrived. [x] He     | 13
            """)
    void confirmsABoundaryOnlyOnceTheNextSentenceHasBegun(String buffer, int end) {
        assertThat(LlmSentences.completeEnd(buffer, 0, false)).isEqualTo(end);
    }

    @Test
    void aFinishedBufferEndsItsLastSentence() {
        assertThat(LlmSentences.completeEnd("Kim arrived. [1]", 0, true)).isEqualTo(16);
        assertThat(LlmSentences.completeEnd("   ", 0, true)).isEqualTo(-1);
    }
}
