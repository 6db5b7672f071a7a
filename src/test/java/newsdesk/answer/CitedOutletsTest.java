package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitedOutletsTest {

    private static final List<String> OUTLETS = List.of("TechCrunch", "The Verge", "BBC News - Technology",
            "Fortune");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Which company did a Bloomberg article say was sued?                   | Bloomberg
            What did the New York Times article report about the merger?          | New York Times
            According to an article by Variety, who voices the turtle?            | Variety
            Which city did a piece from Business Standard name?                   | Business Standard
            Considering an article in The Economic Times, which city is next?     | The Economic Times
            Which firm, as reported by Reuters, bought the mine?                  | Reuters
            Who wrote TechCrunch's story on SoftBank?                             | TechCrunch
            What did a WSJ piece say about the parade?                            | WSJ
            Which firm was named in Reuters' report?                              | Reuters
            Which bank did the FT's column blame?                                 | FT
            What revenue did Nike report for its fiscal first quarter?            | -
            How much did shoppers spend online, according to Adobe?               | -
            What did the article about the parade say?                            | -
            Who is going to the parade?                                           | -
            """)
    void findsThePublishersAQuestionCites(String question, String cited) {
        assertThat(CitedOutlets.in(question))
                .containsExactlyElementsOf(cited == null ? List.of() : Arrays.asList(cited.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which company did a Bloomberg article say was sued?                   | true
            Which firm, as reported by Reuters and The Verge, bought the mine?    | false
            Does the TechCrunch article say the same as a Bloomberg report?       | false
            What did a BBC News article say about the chip shortage?              | false
            What did a Verge article say about the chip shortage?                 | false
            What revenue did Nike report for its fiscal first quarter?            | false
            Who is going to the parade?                                           | false
            """)
    void aQuestionCitingOnlyOtherPublishersIsForeign(String question, boolean foreign) {
        assertThat(CitedOutlets.foreign(question, OUTLETS)).isEqualTo(foreign);
    }

    private static final List<String> SPELLED_OUT = List.of("The Wall Street Journal", "Financial Times",
            "Cnbc | World Business News Leader", "Reuters", "TechCrunch", "The Verge", "The New York Times",
            "BBC News - Technology", "Associated Press");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What did a WSJ piece say about the chip shortage?                     | false
            According to an NYT article, who resigned from the board?             | false
            Which bank did the FT's column blame for the slump?                   | false
            What did CNBC's story say about Flexport?                             | false
            Which firm was named as the buyer in Reuters' report?                 | false
            What did a Verge article say about the chip shortage?                 | false
            Who wrote the TechCrunch story on SoftBank?                           | false
            What did a BBC article say about the chip shortage?                   | false
            What did an AP story say about the strike?                            | false
            According to a Bloomberg piece, which bank was fined?                 | true
            What did a BBC Sport article say about the match?                     | true
            What did a Times article say about the match?                         | true
            Which firm did a Washington Post report name as the buyer?            | true
            Which company did an AFP story say was sued?                          | true
            """)
    void aShortFormOfAReadOutletIsNotForeign(String question, boolean foreign) {
        assertThat(CitedOutlets.foreign(question, SPELLED_OUT)).isEqualTo(foreign);
    }
}
