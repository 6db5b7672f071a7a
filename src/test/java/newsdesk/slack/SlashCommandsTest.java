package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import newsdesk.web.ErrorMapper;

/** Slash commands answered within the budget, in the command's own response, by the real QA stack over real HTTP. */
class SlashCommandsTest extends SlackRouteFixture {

    @Test
    void fastAnswerComesBackInTheCommandResponse() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        HttpResponse<String> response = harness.command(harness.slashCommand(QUESTION));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(body.get("text").asText()).contains("cost $1.2 billion. [1]");
        JsonNode blocks = body.get("blocks");
        int quote = lastSection(blocks); // direct answer, quotes, sources, feedback buttons
        assertThat(blocks.get(quote).get("text").get("text").asText())
                .endsWith("cost $1.2 billion. <" + SlackDesk.BRIDGE_LINK + "|[1]>");
        assertThat(blocks.get(quote + 1).get("elements").get(0).get("text").asText()).isEqualTo(
                "[1] <" + SlackDesk.BRIDGE_LINK + "|" + SlackDesk.BRIDGE_TITLE_ESCAPED
                        + "> — Harbor Gazette, 2025-09-02");
        assertThat(harness.asker.questions()).containsExactly(new CountingAsker.Question(QUESTION, null));
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void answerTextIsEscapedForSlack() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        JsonNode body = JSON.readTree(harness.command(harness.slashCommand("Who designed the bridge towers?")).body());
        JsonNode quoted = body.get("blocks").get(lastSection(body.get("blocks")));
        assertThat(quoted.get("text").get("text").asText()).contains("Lindqvist &amp; Partners");
    }

    @Test
    void abstentionSaysSoAndListsTheClosestCoverage() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        JsonNode body = JSON.readTree(harness.command(harness.slashCommand("Who won the chess championship in Oslo?"))
                .body());
        assertThat(body.get("text").asText()).contains("don't say");
        JsonNode context = body.get("blocks").get(1).get("elements");
        assertThat(context.get(0).get("text").asText()).isEqualTo(SlackRenderer.CLOSEST);
        assertThat(context.size()).isGreaterThan(1);
    }

    @Test
    void privateFlagMakesTheAnswerEphemeral() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        JsonNode body = JSON.readTree(harness.command(harness.slashCommand("--private " + QUESTION)).body());
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(harness.asker.questions().get(0).text()).isEqualTo(QUESTION);
    }

    @Test
    void emptyCommandGetsUsageAndAsksNothing() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        HttpResponse<String> response = harness.command(harness.slashCommand("  "));
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.get("text").asText()).contains("--private");
        assertThat(harness.asker.count()).isZero();
    }

    @Test
    void refusedQuestionIsExplainedPrivately() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        JsonNode body = JSON.readTree(harness.command(harness.slashCommand("x".repeat(2001))).body());
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.get("text").asText()).contains("the limit is 2000");
    }

    @Test
    void publicEntryPointAnswersWithTheQaService() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            ExecutorService executor = Executors.newSingleThreadExecutor();
            SlackSettings settings = SlackHarness.enabled(slack, SlackSettings.MAX_ANSWER_BUDGET);
            Javalin app = Javalin.create(config -> {
                ErrorMapper.register(config.routes);
                SlackRoutes.register(config, desk.qa(), settings, Clock.systemUTC(), HttpClient.newHttpClient(),
                        executor);
            }).start("127.0.0.1", 0);
            try {
                String body = "command=%2Fnews&text=" + URLEncoder.encode(QUESTION, StandardCharsets.UTF_8);
                String ts = String.valueOf(Instant.now().getEpochSecond());
                HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + SlackRoutes.COMMANDS_PATH))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                SlackHarness.signature(SlackHarness.SECRET, ts, body).forEach(request::header);
                HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(response.body()).get("text").asText()).contains("$1.2 billion. [1]");
            } finally {
                app.stop();
                executor.shutdownNow();
            }
        }
    }

    /** The index of the last section block: the quotes (after the direct answer, before sources and buttons). */
    private static int lastSection(JsonNode blocks) {
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if ("section".equals(blocks.get(i).get("type").asText())) {
                last = i;
            }
        }
        assertThat(last).as("a section block in " + blocks).isNotNegative();
        return last;
    }
}
