package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "NULL", value = {
        "how much did the bridge cost?              ~ how much did the bridge cost?",
        "is 3 &lt; 4 &amp;&amp; 5 &gt; 4?          ~ is 3 < 4 && 5 > 4?",
        "&amp;lt; stays an entity once             ~ &lt; stays an entity once",
        "did <@U42|kim> meet <@U7>?                 ~ did @kim meet @U7?",
        "news in <#C1|general> for <!here>          ~ news in #general for @here",
        "<!subteam^S1|@editors> please              ~ @editors please",
        "see <https://e.x/a|the story> or <https://e.x/b> ~ see the story or https://e.x/b",
        "write <mailto:a@e.x|a@e.x>                 ~ write a@e.x",
        "'  spaced \t out  '                        ~ spaced out",
        "NULL                                       ~ ''",
    })
    void undoesSlackMarkup(String text, String plain) {
        assertThat(SlackText.plain(text)).isEqualTo(plain);
    }
}
