package newsdesk.web;

import static newsdesk.web.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackLog;

/**
 * {@code POST /api/feedback} over real HTTP on the production wiring: answers carry ids, a rating lands in the data
 * directory's log with the question, answer, citations and settings, /metrics counts it, bad input gets one JSON
 * error each, and the route shares the client's rate limit.
 */
class FeedbackApiTest {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

    @Test
    void aRatedAnswerIsLoggedWithWhatMadeItAndCounted() throws Exception {
        try (TestServer server = TestServer.start(TestServer.UNLIMITED)) {
            JsonNode answer = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE))));
            String id = answer.get("id").asText();
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            JsonNode second = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE))));
            assertThat(second.get("id").asText()).isNotEqualTo(id);

            HttpResponse<String> up = server.post("/api/feedback", TestServer.json(Map.of("answerId", id,
                    "rating", "up", "comment", "Exactly what I needed")));
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            assertThat(TestServer.json(up).get("rating").asText()).isEqualTo("up");
            assertThat(server.post("/api/feedback", TestServer.json(Map.of("answerId", second.get("id").asText(),
                    "rating", "down", "correction", "Kim Jong Un"))).statusCode()).isEqualTo(200);

            List<Feedback> logged = FeedbackLog.read(server.newsdesk.settings().dataDir()
                    .resolve(FeedbackLog.FILE_NAME));
            assertThat(logged).hasSize(2);
            Feedback first = logged.get(0);
            assertThat(first.comment()).isEqualTo("Exactly what I needed");
            assertThat(first.surface()).isEqualTo("web");
            assertThat(first.answer().question()).isEqualTo(PARADE);
            assertThat(first.answer().answer()).isEqualTo(answer.get("answer").asText());
            assertThat(first.answer().citations()).extracting(c -> c.articleId() + ":" + c.sentence())
                    .containsExactlyElementsOf(answer.get("citations").valueStream()
                            .map(c -> c.get("articleId").asText() + ":" + c.get("sentence").asText()).toList());
            assertThat(first.answer().settings()).containsEntry("answerer", "extractive").containsEntry("topK", "5")
                    .containsEntry("store", "memory").containsKey("version")
                    .containsEntry("model", server.newsdesk.settings().model())
                    .containsEntry("questionModel", server.newsdesk.settings().questionModel());
            assertThat(logged.get(1).correction()).isEqualTo("Kim Jong Un");
            assertThat(first.answer().earlier()).isEmpty();

            JsonNode followUp = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question",
                    "Who will host it?", "conversationId", answer.get("conversationId").asText()))));
            assertThat(server.post("/api/feedback", TestServer.json(Map.of("answerId", followUp.get("id").asText(),
                    "rating", "up"))).statusCode()).isEqualTo(200);
            assertThat(server.newsdesk.qa().feedbackRecords().get(2).answer().earlier()).containsExactly(PARADE);

            String metrics = server.get("/metrics").body();
            assertThat(metrics).contains("newsdesk_feedback_total{rating=\"up\"} 2.0")
                    .contains("newsdesk_feedback_total{rating=\"down\"} 1.0");
        }
    }

    @Test
    void badFeedbackGetsOneJsonErrorEach() {
        try (TestServer server = TestServer.start(TestServer.UNLIMITED)) {
            String id = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE))))
                    .get("id").asText();
            assertError(feedback(server, Map.of("answerId", "no-such-answer", "rating", "up")), 404,
                    "answer_not_found");
            assertError(feedback(server, Map.of("answerId", id, "rating", "meh")), 400, "invalid_rating");
            assertError(feedback(server, Map.of("rating", "up")), 400, "invalid_request");
            assertError(feedback(server, Map.of("answerId", id, "rating", "up", "stars", "5")), 400,
                    "invalid_request");
            assertError(feedback(server, Map.of("answerId", id, "rating", "up", "comment",
                    "x".repeat(Feedback.MAX_COMMENT_CHARS + 1))), 413, "comment_too_long");
            assertError(feedback(server, Map.of("answerId", "x".repeat(101), "rating", "up")), 400,
                    "invalid_answer_id");
            assertError(server.post("/api/feedback", "{\"answerId\":"), 400, "invalid_json");
            assertError(feedback(server, Map.of("answerId", id, "rating", "up", "comment",
                    "x".repeat((int) RouteTable.QUESTION_BODY_BYTES))), 413, "body_too_large");
            assertThat(server.newsdesk.qa().feedbackRecords()).isEmpty();
        }
    }

    @Test
    void feedbackSharesTheClientsRateLimit() {
        WebSettings limited = WebSettings.DEFAULTS.withLimits(Limits.DEFAULTS.withRate(1, 3)
                .withConversationTurnsPerMinute(0));
        try (TestServer server = TestServer.start(limited)) {
            String id = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE))))
                    .get("id").asText();
            assertThat(feedback(server, Map.of("answerId", id, "rating", "up")).statusCode()).isEqualTo(200);
            assertThat(feedback(server, Map.of("answerId", id, "rating", "down")).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = feedback(server, Map.of("answerId", id, "rating", "down"));
            assertError(refused, 429, "rate_limited");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(server.newsdesk.qa().feedbackRecords()).hasSize(2);
        }
    }

    @Test
    void theStreamedAnswerCarriesItsIdToo() {
        try (TestServer server = TestServer.start(TestServer.UNLIMITED)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/ask/stream")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TestServer.json(Map.of("question", PARADE)))));
            String done = response.body().substring(response.body().indexOf("event: done"));
            String data = done.substring(done.indexOf("data:") + 5, done.indexOf('\n', done.indexOf("data:"))).strip();
            JsonNode answer = parse(data);
            assertThat(answer.get("id").asText()).isNotBlank();
            assertThat(feedback(server, Map.of("answerId", answer.get("id").asText(), "rating", "up")).statusCode())
                    .isEqualTo(200);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private static HttpResponse<String> feedback(TestServer server, Map<String, String> fields) {
        return server.post("/api/feedback", TestServer.json(new LinkedHashMap<>(fields)));
    }
}
