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
import newsdesk.answer.Answer;
import newsdesk.feedback.Feedback;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * The 👍/👎 buttons on Slack answers and the signed interactivity route, on the server {@code serve} runs: a signed
 * {@code block_actions} payload records the rating with the answer it rates, the reader gets an ephemeral thanks,
 * and a tampered or unsigned request records nothing; a 👎 opens a comment modal on the fake Web API
 * ({@code views.open}) and is recorded, with its comment, by the signed {@code view_submission} or
 * {@code view_closed}.
 */
class SlackFeedbackTest {

    private static final String SECRET = "feedback-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();
    private FakeSlack slack;
    private Newsdesk desk;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, tmp.resolve("data"), Map.of(
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                "NEWSDESK_SLACK_API_URL", slack.apiUrl().toString(),
                "NEWSDESK_SLACK_RESPONSE_URL_PREFIXES", slack.responseUrlPrefix())),
                new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        app = desk.webApp().start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        desk.close();
        slack.close();
    }

    @Test
    void answersEndWithFeedbackButtonsCarryingTheAnswerId() {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        JsonNode blocks = new SlackRenderer().render(answer).get("blocks");
        JsonNode actions = blocks.get(blocks.size() - 1);
        assertThat(actions.get("type").asText()).isEqualTo("actions");
        assertThat(actions.get("elements").valueStream().map(b -> b.get("action_id").asText() + "="
                + b.get("value").asText()).toList()).containsExactly(
                SlackRenderer.FEEDBACK_UP + "=" + answer.id(), SlackRenderer.FEEDBACK_DOWN + "=" + answer.id());
        assertThat(actions.get("elements").get(0).get("text").get("text").asText()).contains("👍");
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
    }

    @Test
    void aSignedButtonPressRecordsTheRatingAndThanksTheReader() throws Exception {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        String body = form(payload(SlackRenderer.FEEDBACK_UP, answer.id(), slack.responseUrl("b1")));

        HttpResponse<String> response = post(body, signature(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Feedback> stored = desk.qa().feedbackRecords();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).rating().wire()).isEqualTo("up");
        assertThat(stored.get(0).surface()).isEqualTo("slack");
        assertThat(stored.get(0).answer().question()).isEqualTo("How much did the Westgate bridge cost?");
        JsonNode thanks = slack.await("/commands/T1/b1/secret", 1).get(0).body();
        assertThat(thanks.get("text").asText()).isEqualTo(InteractivityHandler.THANKS);
        assertThat(thanks.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(thanks.get("replace_original").asBoolean()).isFalse();
    }

    @Test
    void aTamperedOrUnsignedPressRecordsNothing() throws Exception {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        String signedUp = form(payload(SlackRenderer.FEEDBACK_UP, answer.id(), slack.responseUrl("b2")));
        String tampered = signedUp.replace(SlackRenderer.FEEDBACK_UP, SlackRenderer.FEEDBACK_DOWN);
        assertThat(tampered).isNotEqualTo(signedUp);

        HttpResponse<String> refused = post(tampered, signature(signedUp));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).get("error").get("code").asText()).isEqualTo("signature_invalid");
        assertThat(post(signedUp, Map.of()).statusCode()).isEqualTo(401);
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    @Test
    void anUnknownAnswerIsAcknowledgedAndExplainedButNotRecorded() throws Exception {
        String body = form(payload(SlackRenderer.FEEDBACK_UP, "no-such-answer", slack.responseUrl("b3")));
        assertThat(post(body, signature(body)).statusCode()).isEqualTo(200);
        assertThat(slack.await("/commands/T1/b3/secret", 1).get(0).body().get("text").asText())
                .isEqualTo(InteractivityHandler.EXPIRED);
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    @Test
    void aThumbsDownOpensACommentModalWhoseSubmissionRecordsItWithTheComment() throws Exception {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        String press = form(payload(SlackRenderer.FEEDBACK_DOWN, answer.id(), slack.responseUrl("b4")));
        assertThat(post(press, signature(press)).statusCode()).isEqualTo(200);

        FakeSlack.Call opened = slack.await("/api/views.open", 1).get(0);
        assertThat(opened.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
        assertThat(opened.body().get("trigger_id").asText()).isEqualTo("123.456.abc");
        JsonNode view = opened.body().get("view");
        assertThat(view.get("type").asText()).isEqualTo("modal");
        assertThat(view.get("private_metadata").asText()).isEqualTo(answer.id());
        assertThat(view.get("notify_on_close").asBoolean()).isTrue();
        assertThat(view.get("blocks").get(0).get("element").get("type").asText()).isEqualTo("plain_text_input");
        assertThat(desk.qa().feedbackRecords()).as("recorded when the modal is sent").isEmpty();

        String submitted = form(viewPayload("view_submission", answer.id(), "It left out the cost overrun."));
        HttpResponse<String> closed = post(submitted, signature(submitted));

        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).as("an empty 200 closes the modal").isEmpty();
        List<Feedback> stored = desk.qa().feedbackRecords();
        assertThat(stored).extracting(f -> f.rating().wire() + "|" + f.comment() + "|" + f.answer().answerId())
                .containsExactly("down|It left out the cost overrun.|" + answer.id());
        assertThat(slack.calls("/commands/T1/b4/secret")).as("no thanks posted before the modal is answered")
                .isEmpty();
    }

    @Test
    void withoutABotTokenAThumbsDownIsRecordedAtOnceWithoutAModal() throws Exception {
        try (Newsdesk tokenless = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, tmp.resolve("tokenless"),
                Map.of("SLACK_SIGNING_SECRET", SECRET, "NEWSDESK_SLACK_API_URL", slack.apiUrl().toString(),
                        "NEWSDESK_SLACK_RESPONSE_URL_PREFIXES", slack.responseUrlPrefix())),
                new HashingEmbedder(), Clock.systemUTC())) {
            tokenless.ingestSeeds(Ingestor.Progress.NONE);
            Javalin server = tokenless.webApp().start("127.0.0.1", 0);
            try {
                Answer answer = tokenless.qa().ask("How much did the Westgate bridge cost?", null, null);
                String press = form(payload(SlackRenderer.FEEDBACK_DOWN, answer.id(), slack.responseUrl("b5")));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + SlackRoutes.INTERACTIVITY_PATH)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(press, StandardCharsets.UTF_8));
                signature(press).forEach(request::header);
                assertThat(client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                        .isEqualTo(200);

                assertThat(slack.await("/commands/T1/b5/secret", 1).get(0).body().get("text").asText())
                        .isEqualTo(InteractivityHandler.THANKS);
                assertThat(tokenless.qa().feedbackRecords()).extracting(f -> f.rating().wire() + "|" + f.comment())
                        .containsExactly("down|null");
                assertThat(slack.calls("/api/views.open")).isEmpty();
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aClosedCommentModalRecordsTheThumbsDownWithoutAComment() throws Exception {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        String closed = form(viewPayload("view_closed", answer.id(), null));
        assertThat(post(closed, signature(closed)).statusCode()).isEqualTo(200);
        assertThat(desk.qa().feedbackRecords()).extracting(f -> f.rating().wire() + "|" + f.comment())
                .containsExactly("down|null");
    }

    @Test
    void aCommentOnAnExpiredAnswerKeepsTheModalOpenWithTheReason() throws Exception {
        String submitted = form(viewPayload("view_submission", "no-such-answer", "too late"));
        HttpResponse<String> response = post(submitted, signature(submitted));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("response_action").asText()).isEqualTo("errors");
        assertThat(body.get("errors").get(FeedbackModal.BLOCK_ID).asText()).isEqualTo(InteractivityHandler.EXPIRED);
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    @Test
    void anUnsignedModalSubmissionRecordsNothing() throws Exception {
        Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, null);
        String submitted = form(viewPayload("view_submission", answer.id(), "forged"));
        assertThat(post(submitted, Map.of()).statusCode()).isEqualTo(401);
        assertThat(desk.qa().feedbackRecords()).isEmpty();
    }

    /** A view_submission or view_closed payload of the comment modal, as Slack sends it (trimmed). */
    private static String viewPayload(String type, String answerId, String comment) {
        ObjectNode payload = JSON.createObjectNode().put("type", type);
        payload.putObject("user").put("id", "U1").put("username", "ada");
        ObjectNode view = payload.putObject("view").put("id", "V1").put("type", "modal")
                .put("callback_id", FeedbackModal.CALLBACK_ID).put("private_metadata", answerId);
        ObjectNode value = view.putObject("state").putObject("values").putObject(FeedbackModal.BLOCK_ID)
                .putObject(FeedbackModal.ACTION_ID).put("type", "plain_text_input");
        if (comment != null) {
            value.put("value", comment);
        } else {
            value.putNull("value");
        }
        return payload.toString();
    }

    /** A block_actions payload as Slack sends it when a button is pressed (trimmed to the fields that matter). */
    private static String payload(String actionId, String value, String responseUrl) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("response_url", responseUrl)
                .put("trigger_id", "123.456.abc");
        payload.putObject("user").put("id", "U1").put("username", "ada");
        payload.putObject("channel").put("id", "C1");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", actionId)
                .put("block_id", "newsdesk_feedback").put("value", value).put("action_ts", "1700000000.000100");
        return payload.toString();
    }

    private static String form(String payload) {
        return SlackHarness.form(Map.of("payload", payload));
    }

    private static Map<String, String> signature(String body) {
        return SlackHarness.signature(SECRET, String.valueOf(Clock.systemUTC().instant().getEpochSecond()), body);
    }

    private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + SlackRoutes.INTERACTIVITY_PATH)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
