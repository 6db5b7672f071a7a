package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;

/** The Events API route over real HTTP, a loopback fake of Slack's Web API and the real QA stack. */
class SlackEventsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String POST_MESSAGE = "/api/chat.postMessage";

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

    @BeforeEach
    void start() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> SlackHarness.enabled(slack, Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void urlVerificationEchoesTheChallenge() throws Exception {
        HttpResponse<String> response = harness.event(SlackEvents.urlVerification("3eZbrw1aBm2rZgRNFdxV"), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("challenge").asText()).isEqualTo("3eZbrw1aBm2rZgRNFdxV");
        assertThat(harness.asker.count()).isZero();
    }

    @Test
    void anEventDeliveredFourTimesIsAnsweredOnceInItsThread() throws Exception {
        String event = SlackEvents.mention("Ev0PARADE", "1756720800.000100", null);

        HttpResponse<String> original = harness.event(event, Map.of());
        List<HttpResponse<String>> retries = List.of(
                harness.event(event, retry(1, "http_timeout")),
                harness.event(event, retry(2, "http_timeout")),
                harness.event(event, retry(3, "http_error")));
        harness.quiesce();

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(retries).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        List<FakeSlack.Call> posts = harness.slack.calls(POST_MESSAGE);
        assertThat(posts).hasSize(1);
        assertThat(harness.slack.calls()).hasSize(1);
        JsonNode posted = posts.get(0).body();
        assertThat(posted.get("channel").asText()).isEqualTo(SlackEvents.CHANNEL);
        assertThat(posted.get("thread_ts").asText()).isEqualTo("1756720800.000100");
        assertThat(posted.get("text").asText()).contains("$1.2 billion. [1]");
        assertThat(posted.get("blocks").get(0).get("type").asText()).isEqualTo("section");
        assertThat(posts.get(0).authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
        assertThat(harness.asker.questions()).containsExactly(
                new CountingAsker.Question(SlackEvents.QUESTION, null));
    }

    @Test
    void retriesAreAcknowledgedWhileTheFirstDeliveryIsStillBeingAnswered() throws Exception {
        harness.asker.hold();
        String event = SlackEvents.mention("EvBusy", "1756720800.000150", null);

        List<HttpResponse<String>> deliveries = List.of(harness.event(event, Map.of()),
                harness.event(event, retry(1, "http_timeout")),
                harness.event(event, retry(2, "http_timeout")),
                harness.event(event, retry(3, "http_timeout")));
        List<FakeSlack.Call> postedBeforeRelease = harness.slack.calls();
        harness.asker.release();
        harness.quiesce();

        assertThat(deliveries).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(postedBeforeRelease).isEmpty();
        assertThat(harness.asker.count()).isEqualTo(1);
        assertThat(harness.slack.calls(POST_MESSAGE)).singleElement()
                .satisfies(c -> assertThat(c.body().get("thread_ts").asText()).isEqualTo("1756720800.000150"));
    }

    @Test
    void aRetryWhoseOriginalNeverArrivedIsAnsweredOnce() throws Exception {
        String event = SlackEvents.mention("EvLost", "1756720800.000160", null);

        HttpResponse<String> first = harness.event(event, retry(1, "http_error"));
        HttpResponse<String> second = harness.event(event, retry(2, "http_error"));
        harness.quiesce();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(harness.slack.calls(POST_MESSAGE)).hasSize(1);
        assertThat(harness.asker.count()).isEqualTo(1);
    }

    @Test
    void anEventIdIsRememberedForAtLeastTenMinutes() throws Exception {
        String event = SlackEvents.mention("EvLate", "1756720800.000170", null);
        harness.event(event, Map.of());
        harness.slack.await(POST_MESSAGE, 1);

        harness.clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> afterFive = harness.event(event, retry(3, "http_timeout"));
        harness.clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> afterTen = harness.event(event, retry(3, "http_timeout"));
        harness.quiesce();

        assertThat(afterFive.statusCode()).isEqualTo(200);
        assertThat(afterTen.statusCode()).isEqualTo(200);
        assertThat(harness.slack.calls(POST_MESSAGE)).hasSize(1);
        assertThat(harness.asker.count()).isEqualTo(1);
    }

    @Test
    void eventsAreAcknowledgedBeforeTheAnswerIsReady() throws Exception {
        harness.asker.hold();
        HttpResponse<String> ack = harness.event(SlackEvents.mention("EvSlow", "1756720800.000200", null), Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(harness.slack.calls()).isEmpty();

        harness.asker.release();
        harness.quiesce();
        assertThat(harness.slack.calls(POST_MESSAGE)).hasSize(1);
    }

    @Test
    void followUpsInAThreadContinueItsConversation() throws Exception {
        harness.event(SlackEvents.mention("EvFirst", "1756720800.000300", null), Map.of());
        harness.slack.await(POST_MESSAGE, 1);
        harness.event(SlackEvents.mention("EvSecond", "1756720900.000100", "1756720800.000300",
                "Who designed its towers?"), Map.of());
        harness.slack.await(POST_MESSAGE, 2);
        harness.event(SlackEvents.mention("EvOther", "1756721000.000100", null), Map.of());
        harness.quiesce();

        List<CountingAsker.Question> asked = harness.asker.questions();
        assertThat(asked).hasSize(3);
        assertThat(asked.get(0).conversationId()).isNull();
        assertThat(asked.get(1).conversationId()).isNotNull()
                .isEqualTo(harness.asker.answers().get(0).conversationId());
        assertThat(harness.asker.answers().get(1).text()).contains("Lindqvist & Partners");
        assertThat(asked.get(2).conversationId()).isNull();
        assertThat(harness.slack.calls(POST_MESSAGE)).extracting(c -> c.body().get("thread_ts").asText())
                .containsExactlyInAnyOrder("1756720800.000300", "1756720800.000300", "1756721000.000100");
    }

    @Test
    void directMessagesAreAnsweredOnceEvenWhenAlsoAMention() throws Exception {
        harness.event(SlackEvents.direct("EvDm", "D1", "1756720800.000400", SlackEvents.QUESTION), Map.of());
        String mention = SlackEvents.callback("EvDmMention",
                SlackEvents.message("app_mention", "<@UBOT> " + SlackEvents.QUESTION, "1756720800.000400", null)
                        .put("channel", "D1"));
        harness.event(mention, Map.of());
        harness.quiesce();

        assertThat(harness.asker.count()).isEqualTo(1);
        assertThat(harness.slack.calls(POST_MESSAGE)).singleElement()
                .satisfies(c -> assertThat(c.body().get("channel").asText()).isEqualTo("D1"));
    }

    @Test
    void botMessagesAreIgnored() throws Exception {
        ObjectNode withBotId = SlackEvents.message("message", "I am a bot", "1.1", null).put("bot_id", "B1");
        ObjectNode botSubtype = SlackEvents.message("message", "I am a bot", "1.2", null).put("subtype", "bot_message");
        ObjectNode ownUser = SlackEvents.message("message", "my own answer", "1.3", null).put("user", "UBOT");
        ObjectNode mentionByBot = SlackEvents.message("app_mention", "<@UBOT> hi", "1.4", null).put("bot_id", "B2");
        ObjectNode edited = SlackEvents.message("message", "edited", "1.5", null).put("subtype", "message_changed");
        int i = 0;
        for (ObjectNode event : List.of(withBotId, botSubtype, ownUser, mentionByBot, edited)) {
            event.put("channel", "D1").put("channel_type", "im");
            assertThat(harness.event(SlackEvents.callback("EvBot" + i++, event), Map.of()).statusCode())
                    .isEqualTo(200);
        }
        harness.quiesce();

        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void withoutABotTokenMentionsAreAcknowledgedButNotAsked() throws Exception {
        harness.close();
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> new SlackSettings(SlackHarness.SECRET, null,
                slack.apiUrl(), null, null, Duration.ofSeconds(2), List.of(slack.responseUrlPrefix())));

        HttpResponse<String> ack = harness.event(SlackEvents.mention("EvNoToken", "1756720800.000600", null), Map.of());
        harness.quiesce();

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void aBareMentionGetsUsageInTheThread() throws Exception {
        ObjectNode event = SlackEvents.message("app_mention", "<@UBOT>", "1756720800.000500", null)
                .put("channel", SlackEvents.CHANNEL);
        harness.event(SlackEvents.callback("EvBare", event), Map.of());
        harness.quiesce();

        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls(POST_MESSAGE)).singleElement()
                .satisfies(c -> assertThat(c.body().get("text").asText()).isEqualTo(ThreadResponder.USAGE));
    }

    private static Map<String, String> retry(int number, String reason) {
        return Map.of(SlackEventHandler.RETRY_NUM_HEADER, String.valueOf(number),
                SlackEventHandler.RETRY_REASON_HEADER, reason);
    }
}
