package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.feedback.Feedback;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * The 👍/👎 buttons on Mattermost answers, on the server {@code serve} runs: the slash command's answer carries
 * interactive message buttons whose integration URL is this server, pressing one (Mattermost posting the button's
 * context) records the rating, and a forged or altered context records nothing.
 */
class MattermostFeedbackTest {

    private static final String TOKEN = "mm-feedback-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();
    private Newsdesk desk;
    private Javalin app;

    @BeforeEach
    void start() {
        desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, tmp.resolve("data"),
                Map.of("NEWSDESK_MATTERMOST_TOKEN", TOKEN)), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        app = desk.webApp().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        desk.close();
    }

    @Test
    void aButtonPressRecordsTheRatingWithTheAnswerItRates() throws Exception {
        JsonNode actions = buttons(ask("How much did the Westgate bridge cost?"));
        assertThat(actions).extracting(a -> a.get("type").asText()).containsExactly("button", "button");
        assertThat(actions.get(0).get("name").asText()).contains("👍");
        JsonNode down = actions.get(1).get("integration");
        assertThat(down.get("url").asText()).isEqualTo(url(SlackRoutes.MATTERMOST_ACTIONS_PATH).toString());

        HttpResponse<String> pressed = press(URI.create(down.get("url").asText()), down.get("context"));

        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(200);
        assertThat(JSON.readTree(pressed.body()).get("ephemeral_text").asText())
                .isEqualTo(InteractivityHandler.THANKS);
        List<Feedback> stored = desk.qa().feedbackRecords();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).rating().wire()).isEqualTo("down");
        assertThat(stored.get(0).surface()).isEqualTo("mattermost");
        assertThat(stored.get(0).answer().question()).isEqualTo("How much did the Westgate bridge cost?");
        assertThat(stored.get(0).answer().answerId()).isEqualTo(down.get("context").get("answer_id").asText());
    }

    @Test
    void aForgedOrAlteredContextRecordsNothing() throws Exception {
        JsonNode up = buttons(ask("How much did the Westgate bridge cost?")).get(0).get("integration").get("context");
        ObjectNode flipped = ((ObjectNode) up.deepCopy()).put("rating", "down");
        ObjectNode otherAnswer = ((ObjectNode) up.deepCopy()).put("answer_id", "another-answer");
        ObjectNode unsigned = (ObjectNode) up.deepCopy();
        unsigned.remove("signature");
        ObjectNode garbage = ((ObjectNode) up.deepCopy()).put("signature", "zz");

        for (JsonNode context : List.of(flipped, otherAnswer, unsigned, garbage)) {
            HttpResponse<String> refused = press(url(SlackRoutes.MATTERMOST_ACTIONS_PATH), context);
            assertThat(refused.statusCode()).as(context.toString()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).get("error").get("code").asText())
                    .isEqualTo("signature_invalid");
        }
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    @Test
    void aGenuineContextOfAnAnswerThatExpiredIsExplained() throws Exception {
        MattermostActions signer = new MattermostActions(TOKEN);
        ObjectNode context = JSON.createObjectNode().put("answer_id", "long-gone").put("rating", "up")
                .put("signature", signer.sign("long-gone", "up"));
        HttpResponse<String> response = press(url(SlackRoutes.MATTERMOST_ACTIONS_PATH), context);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("ephemeral_text").asText())
                .isEqualTo(InteractivityHandler.EXPIRED);
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    private JsonNode ask(String question) throws Exception {
        String form = SlackHarness.form(Map.of("token", TOKEN, "text", question, "user_id", "u1",
                "channel_id", "c1", "command", "/news"));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(url(SlackRoutes.MATTERMOST_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode buttons(JsonNode message) {
        JsonNode attachments = message.get("attachments");
        return attachments.get(attachments.size() - 1).get("actions");
    }

    /** What Mattermost posts to a button's integration URL (its documented fields, trimmed). */
    private HttpResponse<String> press(URI uri, JsonNode context) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("user_id", "u1").put("user_name", "ada")
                .put("channel_id", "c1").put("team_id", "t1").put("post_id", "p1").put("trigger_id", "tr1")
                .put("type", "").put("data_source", "");
        body.set("context", context);
        return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
