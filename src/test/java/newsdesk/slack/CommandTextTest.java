package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.slack.SlackSettings.ResponseType;

class CommandTextTest {

    @ParameterizedTest(name = "[{0}] with default {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "who attended the parade?            | IN_CHANNEL | who attended the parade?  | IN_CHANNEL",
        "--private who attended?             | IN_CHANNEL | who attended?             | EPHEMERAL",
        "who attended? --private             | IN_CHANNEL | who attended?             | EPHEMERAL",
        "-p   who   attended?                | IN_CHANNEL | who attended?             | EPHEMERAL",
        "\u2014private who attended?         | IN_CHANNEL | who attended?             | EPHEMERAL",
        "--PRIVATE who attended?             | IN_CHANNEL | who attended?             | EPHEMERAL",
        "--public who attended?              | EPHEMERAL  | who attended?             | IN_CHANNEL",
        "who attended?                       | EPHEMERAL  | who attended?             | EPHEMERAL",
        "what is --privateer?                | IN_CHANNEL | what is --privateer?      | IN_CHANNEL",
        "''                                  | IN_CHANNEL | ''                        | IN_CHANNEL",
        "NULL                                | EPHEMERAL  | ''                        | EPHEMERAL",
        "--private                           | IN_CHANNEL | ''                        | EPHEMERAL",
        "help                                | IN_CHANNEL | ''                        | IN_CHANNEL",
        "help me find the parade             | IN_CHANNEL | help me find the parade   | IN_CHANNEL",
    })
    void splitsQuestionAndFlags(String text, ResponseType defaultType, String question, ResponseType type) {
        CommandText parsed = CommandText.parse(text, defaultType);
        assertThat(parsed.question()).isEqualTo(question);
        assertThat(parsed.responseType()).isEqualTo(type);
        assertThat(parsed.wantsUsage()).isEqualTo(question.isEmpty());
    }
}
