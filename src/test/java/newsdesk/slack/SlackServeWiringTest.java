package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * The webhooks as {@code serve} runs them: the Slack variables go through {@code Settings} into the composition root's
 * {@link Newsdesk#webApp()} (with the web app's filters, limits and error mapping in front), and the only fake is
 * Slack itself on loopback. The answer budget is 0 so every slash command takes the acknowledge-then-deliver path.
 */
class SlackServeWiringTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "serve-wiring-secret";

    @TempDir
    Path data;

    @Test
    void signedRequestsAreAnsweredThroughTheProductionWiring() throws Exception {
        try (FakeSlack slack = new FakeSlack(); Newsdesk desk = Newsdesk.create(TestDesks.settings(SlackDesk.CORPUS,
                data, Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN,
                        "NEWSDESK_SLACK_API_URL", slack.apiUrl().toString(),
                        "NEWSDESK_SLACK_RESPONSE_URL_PREFIXES", slack.responseUrlPrefix(),
                        "NEWSDESK_SLACK_ANSWER_BUDGET_MS", "0")), new HashingEmbedder(), Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                String command = "command=%2Fnews&text=How+much+did+the+Westgate+bridge+cost%3F&response_url="
                        + slack.responseUrl("serve").replace(":", "%3A").replace("/", "%2F");
                HttpResponse<String> ack = post(base + SlackRoutes.COMMANDS_PATH, command, SECRET, Map.of());
                HttpResponse<String> forged = post(base + SlackRoutes.COMMANDS_PATH, command, "guess", Map.of());

                String event = SlackEvents.mention("EvServe", "1756720800.000900", null);
                List<Integer> deliveries = List.of(
                        post(base + SlackRoutes.EVENTS_PATH, event, SECRET, Map.of()).statusCode(),
                        post(base + SlackRoutes.EVENTS_PATH, event, SECRET, retry(1)).statusCode(),
                        post(base + SlackRoutes.EVENTS_PATH, event, SECRET, retry(2)).statusCode(),
                        post(base + SlackRoutes.EVENTS_PATH, event, SECRET, retry(3)).statusCode());

                assertThat(ack.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(ack.body()).get("text").asText()).isEqualTo(SlashCommandHandler.WORKING);
                assertThat(forged.statusCode()).isEqualTo(401);
                assertThat(deliveries).containsOnly(200);

                JsonNode delivered = slack.await("/commands/T1/serve/secret", 1).get(0).body();
                assertThat(delivered.get("response_type").asText()).isEqualTo("in_channel");
                assertThat(delivered.get("text").asText()).contains("$1.2 billion. [1]");
                List<FakeSlack.Call> posts = slack.await(SlackEventsTest.POST_MESSAGE, 1);
                assertThat(posts).singleElement().satisfies(c -> {
                    assertThat(c.body().get("thread_ts").asText()).isEqualTo("1756720800.000900");
                    assertThat(c.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
                });
            } finally {
                app.stop();
            }
            assertThat(slack.calls()).hasSize(2);
        }
    }

    private static HttpResponse<String> post(String url, String body, String secret, Map<String, String> extra)
            throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        SlackHarness.signature(secret, ts, body).forEach(request::header);
        extra.forEach(request::header);
        request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> retry(int number) {
        return Map.of(SlackEventHandler.RETRY_NUM_HEADER, String.valueOf(number),
                SlackEventHandler.RETRY_REASON_HEADER, "http_timeout");
    }
}
