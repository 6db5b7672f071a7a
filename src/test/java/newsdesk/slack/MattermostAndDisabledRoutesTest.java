package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;

import newsdesk.slack.SlackSettings.ResponseType;

/** The Mattermost command route, and every route staying closed when its secret is not configured. */
class MattermostAndDisabledRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String FORM = "application/x-www-form-urlencoded";

    @TempDir
    static Path data;
    static Newsdesk desk;

    @BeforeAll
    static void load() {
        desk = SlackDesk.start(data);
    }

    @AfterAll
    static void unload() throws Exception {
        desk.close();
    }

    private SlackHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void mattermostCommandWithTheTokenHeaderIsAnswered() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> SlackHarness.enabled(slack, Duration.ofSeconds(2)));
        HttpResponse<String> response = mattermost(command(SlackEvents.QUESTION, "whatever"),
                Map.of("Authorization", "Token " + SlackHarness.MATTERMOST_TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(body.get("text").asText()).endsWith("$1.2 billion. [[1]](" + SlackDesk.BRIDGE_URL + ")");
        assertThat(body.get("attachments").get(0).get("text").asText()).isEqualTo("[1] [Westgate Bridge Opens After "
                + "Six Years & \\<$1.2 Billion\\>](" + SlackDesk.BRIDGE_URL + ") — Harbor Gazette, 2025-09-02");
        assertThat(harness.asker.count()).isEqualTo(1);
    }

    @Test
    void mattermostCommandWithTheTokenFieldIsAnswered() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> SlackHarness.enabled(slack, Duration.ofSeconds(2)));
        HttpResponse<String> response = mattermost(
                command("--private " + SlackEvents.QUESTION, SlackHarness.MATTERMOST_TOKEN), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(harness.asker.questions().get(0).text()).isEqualTo(SlackEvents.QUESTION);
    }

    @Test
    void mattermostCommandWithAWrongOrMissingTokenIsRejected() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> SlackHarness.enabled(slack, Duration.ofSeconds(2)));
        List<HttpResponse<String>> responses = List.of(
                mattermost(command("who?", "mm-test-tokem"), Map.of()),
                mattermost(command("who?", SlackHarness.MATTERMOST_TOKEN), Map.of("Authorization", "Token nope")),
                mattermost(command("who?", ""), Map.of()),
                mattermost(command("who?", SlackHarness.MATTERMOST_TOKEN + "x"), Map.of()));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("token_invalid");
        });
        assertThat(harness.asker.count()).isZero();
    }

    @Test
    void withoutSecretsEveryRouteAnswers404AndAsksNothing() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> new SlackSettings(null, FakeSlack.BOT_TOKEN,
                slack.apiUrl(), ResponseType.IN_CHANNEL, null, Duration.ofSeconds(2),
                List.of(slack.responseUrlPrefix())));
        String slash = harness.slashCommand("who attended?");
        List<HttpResponse<String>> responses = List.of(
                harness.command(slash),
                harness.event(SlackEvents.mention("Ev1", "1.1", null), Map.of()),
                harness.event(SlackEvents.urlVerification("abc"), Map.of()),
                mattermost(command("who?", SlackHarness.MATTERMOST_TOKEN), Map.of()));

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).get("error").get("code").asText()).isEqualTo("not_configured");
        });
        harness.quiesce();
        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    private HttpResponse<String> mattermost(String form, Map<String, String> headers) throws Exception {
        return harness.post(SlackRoutes.MATTERMOST_PATH, FORM, form.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A Mattermost slash command body, as in Mattermost's integration guide. */
    private static String command(String text, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel_id", "jux16pkewjrkfj3ehep1psxyxc");
        fields.put("channel_name", "town-square");
        fields.put("command", "/news");
        fields.put("response_url", "http://localhost:8065/hooks/commands/xbrkb8p393gjpq5cawei7npije");
        fields.put("team_domain", "test");
        fields.put("team_id", "carya1qs77bemjup96ff538snh");
        fields.put("text", text);
        fields.put("token", token);
        fields.put("user_id", "aoa1agao6t8fmx3ikt1j9w5ybw");
        fields.put("user_name", "somename");
        return SlackHarness.form(fields);
    }
}
