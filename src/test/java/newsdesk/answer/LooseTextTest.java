package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LooseTextTest {

    @ParameterizedTest(name = "''{1}'' in ''{0}'' → ''{2}''")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Kim Jong Un plans to join Russia’s Vladimir Putin.   | russia's vladimir putin | Russia’s Vladimir Putin
            Kim Jong Un plans to join Russia's Vladimir Putin.   | Russia’s Vladimir Putin | Russia's Vladimir Putin
            the  parade   on Wednesday                           | parade on wednesday     | parade   on Wednesday
            the parade on "Victory Day" this week                | “Victory Day”           | "Victory Day"
            a 10–12 vote in the Senate                           | 10-12                   | 10–12
            The United Nations met.                              | Un                      | NONE
            The United Nations met.                              | Nations                 | Nations
            Putin’s visit                                        | Putin                   | Putin
            He said so on Wednesday.                             | Thursday                | NONE
            He said so on Wednesday.                             | day                     | NONE
            In 2019, in Beijing.                                 | 201                     | NONE
            In 2019, in Beijing.                                 | 2019,                   | 2019,
            """)
    void findsWholeWordsIgnoringCaseQuotesDashesAndSpaces(String sentence, String phrase, String expected) {
        int[] at = LooseText.find(sentence, phrase);
        if (expected == null) {
            assertThat(at).isNull();
        } else {
            assertThat(at).isNotNull();
            assertThat(sentence.substring(at[0], at[1])).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Xi Jinpingo met Xi Jinping. | Xi Jinping | 16
            Unit and Un met.     | Un         | 9
            """)
    void skipsAnOccurrenceInsideAWordForTheNextWholeOne(String sentence, String phrase, int start) {
        assertThat(LooseText.find(sentence, phrase)).containsExactly(start, start + phrase.length());
    }
}
