package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadResponderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "NULL", value = {
        "<@UBOT> who attended the parade?                ~ UBOT ~ who attended the parade?",
        "<@UBOT|newsdesk> who attended?                  ~ UBOT ~ who attended?",
        "who attended, <@UBOT>?                          ~ UBOT ~ who attended, ?",
        "<@UBOT> did <@U42|kim> meet <@U7>?              ~ UBOT ~ did @kim meet @U7?",
        "<@UOTHER> who attended?                         ~ NULL ~ who attended?",
        "<@UBOT> news in <#C1|general> and <!here>       ~ UBOT ~ news in #general and @here",
        "<@UBOT> see <https://e.x/a|the story> & <https://e.x/b> ~ UBOT ~ see the story & https://e.x/b",
        "<@UBOT> is 3 &lt; 4 &amp;&amp; 5 &gt; 4?        ~ UBOT ~ is 3 < 4 && 5 > 4?",
        "<@UBOT>                                         ~ UBOT ~ ''",
        "NULL                                            ~ UBOT ~ ''",
    })
    void questionIsPlainTextWithoutTheBotMention(String text, String bot, String question) {
        assertThat(ThreadResponder.question(text, bot)).isEqualTo(question);
    }

    @Test
    void botUserComesFromAuthorizations() throws Exception {
        JsonNode payload = JSON.readTree("{\"authorizations\":[{\"user_id\":\"UHUMAN\",\"is_bot\":false},"
                + "{\"user_id\":\"UBOT\",\"is_bot\":true}]}");
        assertThat(ThreadResponder.botUserId(payload)).isEqualTo("UBOT");
        assertThat(ThreadResponder.botUserId(JSON.readTree("{}"))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"user\":\"U1\",\"text\":\"hi\"}                               | false",
        "{\"user\":\"U1\",\"bot_id\":\"B1\",\"text\":\"hi\"}             | true",
        "{\"subtype\":\"bot_message\",\"text\":\"hi\"}                   | true",
        "{\"user\":\"UBOT\",\"text\":\"hi\"}                             | true",
        "{\"user\":\"U2\",\"bot_profile\":{\"name\":\"x\"}}              | true",
    })
    void recognisesBots(String event, boolean bot) throws Exception {
        assertThat(ThreadResponder.fromBot(JSON.readTree(event), "UBOT")).isEqualTo(bot);
    }
}
