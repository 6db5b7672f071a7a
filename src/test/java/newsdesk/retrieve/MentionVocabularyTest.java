package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionVocabularyTest {

    private static final MentionVocabulary OUTLETS = MentionVocabulary.of(List.of("The New York Times",
            "The Sydney Morning Herald", "Music Business Worldwide", "Financial Times", "CBSSports.com",
            "FOX News - Health", "FOX News - Lifestyle", "BBC News - Technology", "BBC News - Entertainment & Arts",
            "The Independent - Life and Style", "The Independent - Sports", "Cnbc | World Business News Leader",
            "The Verge", "Sporting News"), List.of(2023));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            What did the NYT report about the strike?                   ; the new york times
            Which coach did the SMH's article on the final praise?      ; the sydney morning herald
            According to MBW, which label signed the artist?            ; music business worldwide
            Did the FT and CBS Sports both cover the deal?              ; financial times + cbssports.com
            Did CBS Sports report the trade first?                      ; cbssports.com
            NYT: who resigned?                                          ; the new york times
            What did Fox say about the diet?                            ; fox news - health + fox news - lifestyle
            Which gadget did a BBC article review?; bbc news - technology + bbc news - entertainment & arts
            What did CNBC's report say about rates?                     ; cnbc | world business news leader
            Did the Verge and The New York Times agree?                 ; the new york times + the verge
            What did The Independent - Sports say about the match?      ; the independent - sports
            What did the BBC News - Technology piece say about phones?  ; bbc news - technology
            Which player did Fox Sports interview?                      ; -
            What did the BBC Sport pundit say?                          ; -
            What did The Times say about the budget?                    ; -
            What did the Ft say?                                        ; -
            Did the nyt report it?                                      ; -
            Which NBA team won the title?                               ; -
            Did the Sporting Lisbon striker score?                      ; -
            Did FIFA and the AP report the fine?                        ; -
            """)
    void outletsAreNamedByTheirNamesAndShortFormsButNotByPartsOfOtherNames(String query, String outlets) {
        List<String> expected = outlets == null ? List.of() : Arrays.asList(outlets.split(" \\+ "));
        assertThat(OUTLETS.named(query)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
