package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Slash commands slower than the budget: acknowledged at once, delivered later to Slack's response URL (or not). */
class SlashCommandDeliveryTest extends SlackRouteFixture {

    @Test
    void slowAnswerIsAcknowledgedAtOnceAndDeliveredToResponseUrl() throws Exception {
        start(Duration.ofMillis(200));
        harness.asker.hold();

        // The answer is held until release(): an acknowledgement that waited for it would never arrive.
        HttpResponse<String> ack = harness.command(harness.slashCommand(QUESTION));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(harness.asker.answers()).as("no answer yet: it is held back").isEmpty();
        JsonNode ackBody = JSON.readTree(ack.body());
        assertThat(ackBody.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ackBody.get("text").asText()).isEqualTo(SlashCommandHandler.WORKING);
        assertThat(harness.slack.calls()).isEmpty();

        harness.asker.release();
        List<FakeSlack.Call> posts = harness.slack.await("/commands/T1/cmd1/secret", 1);
        harness.quiesce();

        assertThat(harness.slack.calls()).hasSize(1);
        JsonNode delivered = posts.get(0).body();
        assertThat(delivered.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(delivered.get("replace_original").asBoolean()).isFalse();
        assertThat(delivered.get("text").asText()).contains("$1.2 billion. [1]");
        assertThat(delivered.get("blocks").size()).as("direct answer, quotes, sources, feedback buttons")
                .isEqualTo(4);
        assertThat(delivered.get("blocks").get(3).get("type").asText()).isEqualTo("actions");
        assertThat(posts.get(0).contentType()).startsWith("application/json");
        assertThat(harness.asker.count()).isEqualTo(1);
    }

    @Test
    void answerReadyAfterThirtyMinutesIsNotPostedToTheExpiredResponseUrl() throws Exception {
        start(Duration.ofMillis(100));
        harness.asker.hold();

        JsonNode ack = JSON.readTree(harness.command(harness.slashCommand(QUESTION)).body());
        harness.clock.advance(SlashCommandHandler.RESPONSE_URL_LIFETIME.plusSeconds(1));
        harness.asker.release();
        harness.awaitCompletedTasks(2);
        harness.quiesce();

        assertThat(ack.get("text").asText()).isEqualTo(SlashCommandHandler.WORKING);
        assertThat(harness.asker.count()).isEqualTo(1);
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void aFailingResponseUrlIsTriedAtMostTwice() throws Exception {
        start(Duration.ofMillis(100));
        harness.asker.hold();
        String failing = harness.slack.failingResponseUrl("cmd2");
        String form = harness.slashCommand(QUESTION).replace(
                URLEncoder.encode(harness.slack.responseUrl("cmd1"), StandardCharsets.UTF_8),
                URLEncoder.encode(failing, StandardCharsets.UTF_8));

        JsonNode ack = JSON.readTree(harness.command(form).body());
        harness.asker.release();
        harness.awaitCompletedTasks(2);
        harness.quiesce();

        assertThat(ack.get("text").asText()).isEqualTo(SlashCommandHandler.WORKING);
        List<FakeSlack.Call> posts = harness.slack.calls();
        assertThat(posts).hasSize(2).allSatisfy(c -> assertThat(c.path()).isEqualTo(URI.create(failing).getPath()));
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
    }

    @Test
    void slowAnswerIsNeverPostedToAForeignResponseUrl() throws Exception {
        start(Duration.ofMillis(100));
        harness.asker.hold();
        String form = harness.slashCommand(QUESTION).replace("response_url=http", "response_url=https");

        JsonNode ack = JSON.readTree(harness.command(form).body());
        harness.asker.release();
        harness.quiesce();

        assertThat(ack.get("text").asText()).isEqualTo(SlashCommandHandler.TOO_SLOW);
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void responseUrlsAreNeverLogged() throws Exception {
        start(Duration.ofMillis(100));
        harness.asker.hold();
        String form = harness.slashCommand(QUESTION).replace("response_url=http", "response_url=https");
        String responseUrl = java.net.URLDecoder.decode(form.replaceAll(".*response_url=([^&]*).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            harness.command(form);
            harness.asker.release();
            harness.quiesce();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(responseUrl).startsWith("https://");
        assertThat(log).contains("response_url").doesNotContain(responseUrl)
                .doesNotContain(URI.create(responseUrl).getPath());
    }
}
