package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.slack.SlackSettings.ResponseType;

class SlackSettingsTest {

    @Test
    void defaultsLeaveEverythingDisabled() {
        SlackSettings settings = SlackSettings.fromEnv(Map.of());
        assertThat(settings.slackEnabled()).isFalse();
        assertThat(settings.mattermostEnabled()).isFalse();
        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
        assertThat(settings.responseType()).isEqualTo(ResponseType.IN_CHANNEL);
        assertThat(settings.answerBudget()).isEqualTo(Duration.ofMillis(2000));
        assertThat(settings.responseUrlPrefixes()).containsExactly("https://hooks.slack.com/");
    }

    @Test
    void readsEveryVariable() {
        SlackSettings settings = SlackSettings.fromEnv(Map.of(
                "SLACK_SIGNING_SECRET", "s3cret",
                "SLACK_BOT_TOKEN", "xoxb-1",
                "NEWSDESK_SLACK_API_URL", "http://127.0.0.1:9999/api",
                "NEWSDESK_SLACK_RESPONSE_TYPE", "Ephemeral",
                "NEWSDESK_MATTERMOST_TOKEN", "mm",
                "NEWSDESK_SLACK_ANSWER_BUDGET_MS", "1500",
                "NEWSDESK_SLACK_RESPONSE_URL_PREFIXES", "https://hooks.slack.com/, http://127.0.0.1:1234/"));
        assertThat(settings.slackEnabled()).isTrue();
        assertThat(settings.mattermostEnabled()).isTrue();
        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9999/api/"));
        assertThat(settings.responseType()).isEqualTo(ResponseType.EPHEMERAL);
        assertThat(settings.answerBudget()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.responseUrlPrefixes())
                .containsExactly("https://hooks.slack.com/", "http://127.0.0.1:1234/");
    }

    @Test
    void responseUrlsMustStartWithAnAllowedPrefix() {
        SlackSettings settings = SlackSettings.fromEnv(Map.of());
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com/commands/T1/2/x")).isTrue();
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com.evil.example/commands")).isFalse();
        assertThat(settings.allowsResponseUrl("http://hooks.slack.com/commands")).isFalse();
        assertThat(settings.allowsResponseUrl(null)).isFalse();
    }

    @Test
    void responseUrlsAreParsedAndTheirHostMatchedExactly() {
        SlackSettings settings = SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_RESPONSE_URL_PREFIXES",
                "https://hooks.slack.com, http://127.0.0.1:1234/hooks"));
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com/commands/T1/2/x")).isTrue();
        assertThat(settings.allowsResponseUrl("https://HOOKS.slack.com/commands/T1/2/x")).isTrue();
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com.evil.tld/commands")).isFalse();
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com@evil.tld/commands")).isFalse();
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com:8443/commands")).isFalse();
        assertThat(settings.allowsResponseUrl("http://hooks.slack.com/commands")).isFalse();
        assertThat(settings.allowsResponseUrl("https://hooks.slack.com\\@evil.tld/x")).isFalse();
        assertThat(settings.allowsResponseUrl("not a url")).isFalse();
        assertThat(settings.allowsResponseUrl("http://127.0.0.1:1234/hooks/1")).isTrue();
        assertThat(settings.allowsResponseUrl("http://127.0.0.1:1234/hooksevil/1")).isFalse();
        assertThat(settings.allowsResponseUrl("http://127.0.0.1:1235/hooks/1")).isFalse();
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_API_URL", "http://slack.example/api")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_RESPONSE_URL_PREFIXES",
                "http://hooks.example.com/"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_API_URL", "slack.com/api")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_API_URL", "http://localhost:9/api")).apiUrl())
                .isEqualTo(URI.create("http://localhost:9/api/"));
    }

    @Test
    void rejectsBadValues() {
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_RESPONSE_TYPE", "loud")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("NEWSDESK_SLACK_ANSWER_BUDGET_MS", "3000")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsSecrets() {
        SlackSettings settings = new SlackSettings("sign-me", "xoxb-secret", null, null, "mm-secret", null, List.of());
        assertThat(settings.toString()).doesNotContain("sign-me", "xoxb-secret", "mm-secret").contains("enabled");
    }
}
