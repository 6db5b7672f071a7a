package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.chunk.SentenceSplitter;

/** A one-word answer lengthened to the full name its own article gives, and names that must stay as they are. */
class FullNamesTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @ParameterizedTest(name = "{0} in \"{1}\" → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Bankman-Fried | FTX was founded by Sam Bankman-Fried. Later Bankman-Fried took the stand.     | Sam Bankman-Fried
            Alameda       | Alameda Research lost money. The losses at Alameda grew.                         | Alameda Research
            Caesars       | Caesars Sportsbook offers a bonus. We expect Caesars to offer it in Vermont.     | Caesars Sportsbook
            Smith         | Michigan State has hired Jonathan Smith as coach. Smith, 44, said he was happy.  | Jonathan Smith
            Trump         | So Donald Trump spoke. Then Donald Trump left. Trump was sued by Eric Trump.     | Donald Trump
            Google        | Google Cloud grew fast. Google said its search business was fine.               | -
            Apple         | The Apple Watch sold well. Apple said so.                                        | -
            Apple         | He reads Apple News daily. Apple said so.                                        | -
            Georgia       | South Georgia is cold. Georgia voted.                                            | -
            Woods         | Then Tiger Woods won. Woods smiled.                                              | Tiger Woods
            Woods         | Tiger Woods won. Woods smiled.                                                   | -
            ChatGPT       | Will ChatGPT replace search? We asked ChatGPT about it.                           | -
            Google        | Google LLC denies it. Google said so.                                            | -
            Woods         | President Woods won. Woods smiled.                                               | -
            FTX           | FTX Trading Ltd collapsed. FTX owed billions.                                    | -
            Kelce         | The Chiefs tight end Travis Kelce caught it. Kelce smiled.                       | Travis Kelce
            Hynes         | The Wild will name John Hynes as coach. Hynes said he would start at once.       | John Hynes
            Hynes         | Hynes said he would start at once.                                               | -
            Jordan        | Speaker candidate Jim Jordan lost. Jordan said he would run again.               | -
            Sam Altman    | OpenAI fired Sam Altman. Sam Altman left.                                        | -
            """)
    void aShortNameTakesTheFullFormOfItsArticle(String name, String body, String expected) {
        FullNames.Found found = FullNames.of(name, body, SPLITTER, AnswerType.PERSON_OR_ORG);
        if (expected == null) {
            assertThat(found).isNull();
            return;
        }
        assertThat(found).isNotNull();
        assertThat(found.span().of(found.sentence())).isEqualTo(expected);
        assertThat(body.substring(found.start(), found.end())).isEqualTo(found.sentence());
    }
}
