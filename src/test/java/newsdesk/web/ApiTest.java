package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP, on the production wiring with the fast test embedder. */
class ApiTest {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.UNLIMITED);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void asksAndGetsACitedAnswer() {
        HttpResponse<String> response = server.post("/api/ask", TestServer.json(Map.of("question", PARADE)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = TestServer.json(response);
        assertThat(fieldNames(answer)).contains("answer", "direct", "citations", "abstained", "conversationId",
                "timingsMs");
        assertThat(answer.get("direct").isArray()).isTrue();
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("answer").asText()).contains("Kim Jong Un").contains("[1]");
        JsonNode citation = answer.get("citations").get(0);
        assertThat(fieldNames(citation)).containsExactly(
                "n", "articleId", "title", "source", "publishedAt", "url", "sentence", "start", "end", "kind", "dates",
                "copies");
        assertThat(citation.get("n").asInt()).isEqualTo(1);
        assertThat(citation.get("kind").asText()).isEqualTo("sentence");
        assertThat(citation.get("title").asText()).startsWith("Kim and Putin to Join Xi");
        assertThat(citation.get("source").asText()).isEqualTo("WSJ");
        assertThat(citation.get("publishedAt").asText()).isEqualTo("2025-08-28T16:15:00+05:30");
        assertThat(answer.get("conversationId").asText()).isNotBlank();
        assertThat(fieldNames(answer.get("timingsMs"))).contains("retrieval", "answer", "total");

        JsonNode article = TestServer.json(server.get("/api/articles/" + citation.get("articleId").asText()));
        assertThat(article.get("body").asText().substring(citation.get("start").asInt(), citation.get("end").asInt()))
                .isEqualTo(citation.get("sentence").asText());
    }

    @Test
    void followUpContinuesTheConversation() {
        JsonNode first = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE))));
        String conversation = first.get("conversationId").asText();

        HttpResponse<String> response = server.post("/api/ask", TestServer.json(
                Map.of("question", "Who will host it?", "conversationId", conversation)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode followUp = TestServer.json(response);
        assertThat(followUp.get("conversationId").asText()).isEqualTo(conversation);
        assertThat(followUp.get("abstained").asBoolean()).isFalse();
        assertThat(followUp.get("answer").asText()).contains("Xi Jinping");
    }

    @Test
    void filtersRestrictTheArticles() {
        JsonNode answer = TestServer.json(server.post("/api/ask", TestServer.json(Map.of("question", PARADE,
                "filters", Map.of("sources", List.of("Lakeside Herald"), "from", "2025-09-01")))));

        for (JsonNode citation : answer.get("citations")) {
            assertThat(citation.get("source").asText()).isEqualTo("Lakeside Herald");
        }
        assertThat(answer.get("answer").asText()).doesNotContain("Kim Jong Un");
    }

    @Test
    void abstainsWithClosestCoverage() {
        JsonNode answer = TestServer.json(server.post("/api/ask",
                TestServer.json(Map.of("question", "What did the central bank decide about interest rates?"))));

        assertThat(answer.get("abstained").asBoolean()).isTrue();
        assertThat(answer.get("citations")).isEmpty();
        assertThat(fieldNames(answer)).contains("closest");
    }

    @Test
    void streamsSourcesDeltasAndTheFinalAnswer() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/ask/stream"))
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.json(Map.of("question", PARADE)))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<SseEvent> events = SseEvent.parse(response.body());
        assertThat(events.get(0).name()).isEqualTo("sources");
        assertThat(events.get(0).data().get("passages").get(0).get("articleId").asText()).isNotBlank();
        assertThat(events.get(events.size() - 1).name()).isEqualTo("done");
        JsonNode done = events.get(events.size() - 1).data();
        assertThat(done.get("citations")).isNotEmpty();
        StringBuilder deltas = new StringBuilder();
        events.stream().filter(e -> e.name().equals("delta")).forEach(e -> deltas.append(e.data().get("text").asText()));
        assertThat(deltas.toString()).isEqualTo(done.get("answer").asText());
        assertThat(events).extracting(SseEvent::name).doesNotContain("error");
    }

    @Test
    void streamRefusesBadQuestionsWithJsonErrorsBeforeStreaming() {
        assertError(server.post("/api/ask/stream", "{\"question\":\"  \"}"), 400, "question_blank");
        assertError(server.post("/api/ask/stream", "{\"question\":\"Who?\",\"conversationId\":\"nope\"}"),
                404, "conversation_not_found");
        assertError(server.post("/api/ask/stream", "{\"question\":"), 400, "invalid_json");
    }

    @Test
    void searchReturnsRankedPassages() {
        HttpResponse<String> response = server.post("/api/search",
                TestServer.json(Map.of("query", "solar panels on the library roof", "topK", 2)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode passages = TestServer.json(response).get("passages");
        assertThat(passages.size()).isBetween(1, 2);
        JsonNode first = passages.get(0);
        assertThat(fieldNames(first)).containsSubsequence(
                "rank", "score", "articleId", "title", "source", "publishedAt", "url", "text");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("source").asText()).isEqualTo("Lakeside Herald");
        assertThat(first.get("text").asText()).contains("solar panels");
    }

    @Test
    void listsArticlesPageByPage() {
        JsonNode all = TestServer.json(server.get("/api/articles"));
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("articles").size()).isEqualTo(3);
        assertThat(fieldNames(all.get("articles").get(0))).containsExactly("id", "title", "source", "publishedAt", "url");

        JsonNode second = TestServer.json(server.get("/api/articles?offset=1&limit=1"));
        assertThat(second.get("articles").size()).isEqualTo(1);
        assertThat(second.get("articles").get(0).get("id")).isEqualTo(all.get("articles").get(1).get("id"));
        assertThat(second.get("offset").asInt()).isEqualTo(1);
        assertThat(second.get("limit").asInt()).isEqualTo(1);

        assertThat(TestServer.json(server.get("/api/articles?offset=10")).get("articles")).isEmpty();
    }

    @Test
    void returnsOneArticleWithItsBody() {
        String id = TestServer.json(server.get("/api/articles")).get("articles").get(0).get("id").asText();

        JsonNode article = TestServer.json(server.get("/api/articles/" + id));

        assertThat(article.get("id").asText()).isEqualTo(id);
        assertThat(article.get("body").asText()).isNotBlank();
        assertThat(fieldNames(article)).contains("title", "source", "publishedAt", "url", "author");
    }

    @Test
    void healthAndReadiness() {
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(health).get("status").asText()).isEqualTo("ok");

        HttpResponse<String> ready = server.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(ready).get("articles").asInt()).isEqualTo(3);
        assertThat(TestServer.json(ready).get("chunks").asInt()).isPositive();
    }

    @Test
    void metricsCountRequestsAnswersStagesAndIndexSize() {
        server.post("/api/ask", TestServer.json(Map.of("question", PARADE)));
        server.post("/api/ask", TestServer.json(Map.of("question", "What did the central bank decide on rates?")));
        server.get("/api/articles/does-not-exist");
        server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/search"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"x\"}")));

        HttpResponse<String> response = server.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        String metrics = response.body();
        assertThat(metrics).containsPattern(
                "newsdesk_http_requests_seconds_count\\{method=\"POST\",route=\"/api/ask\",status=\"200\"} [1-9]");
        assertThat(metrics).containsPattern(
                "newsdesk_http_requests_seconds_count\\{method=\"GET\",route=\"/api/articles/\\{id}\",status=\"404\"}");
        assertThat(metrics).as("refused before the handler ran, still counted under its route").containsPattern(
                "newsdesk_http_requests_seconds_count\\{method=\"POST\",route=\"/api/search\",status=\"415\"} [1-9]");
        assertThat(metrics).containsPattern("newsdesk_answers_total\\{outcome=\"answered\"} [1-9]");
        assertThat(metrics).containsPattern("newsdesk_answers_total\\{outcome=\"abstained\"} [1-9]");
        assertThat(metrics).contains("newsdesk_answer_stage_seconds_count{stage=\"retrieval\"}");
        assertThat(metrics).contains("newsdesk_answer_stage_seconds_count{stage=\"answer\"}");
        assertThat(metrics).contains("newsdesk_index_articles 3.0");
        assertThat(metrics).containsPattern("newsdesk_index_chunks [1-9]");
    }

    @Test
    void servesTheChatPageAndWidget() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"chat.js\" defer></script>");
        assertThat(server.get("/widget.js").statusCode()).isEqualTo(200);
        assertThat(server.get("/chat.css").statusCode()).isEqualTo(200);
    }

    // ---- errors: every one JSON, with a status and a message that says what is wrong ----

    @Test
    void blankQuestionIs400() {
        JsonNode error = assertError(server.post("/api/ask", "{\"question\":\"   \"}"), 400, "question_blank");
        assertThat(error.get("message").asText()).contains("empty");
    }

    @Test
    void missingQuestionIs400() {
        JsonNode error = assertError(server.post("/api/ask", "{}"), 400, "invalid_request");
        assertThat(error.get("message").asText()).isEqualTo("field 'question' is required");
    }

    @Test
    void oversizedQuestionIs413() {
        JsonNode error = assertError(server.post("/api/ask", TestServer.json(Map.of("question", "why ".repeat(600)))),
                413, "question_too_long");
        assertThat(error.get("message").asText()).contains("2400").contains("2000");
    }

    @Test
    void invalidJsonIs400() {
        JsonNode error = assertError(server.post("/api/ask", "{\"question\": \"Who\""), 400, "invalid_json");
        assertThat(error.get("message").asText()).startsWith("request body is not valid JSON").contains("line 1");
        assertError(server.post("/api/ask", ""), 400, "invalid_json");
        assertError(server.post("/api/ask", "[1, 2]"), 400, "invalid_json");
        assertError(server.post("/api/ask", "{\"question\":\"Who?\"} trailing"), 400, "invalid_json");
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who hosts it?\",\"question\":\"Who?\"}"), 400,
                "invalid_json").get("message").asText()).contains("Duplicate field 'question'");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        assertThat(assertError(server.post("/api/ask", "{\"question\": 42}"), 400, "invalid_request")
                .get("message").asText()).isEqualTo("field 'question' must be a string, got the number 42");
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who?\",\"conversationId\":[1]}"), 400,
                "invalid_request").get("message").asText()).isEqualTo("field 'conversationId' must be a string, got an array");
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who?\",\"filters\":\"WSJ\"}"), 400,
                "invalid_request").get("message").asText()).isEqualTo("field 'filters' must be an object, got a string");
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who?\",\"filters\":{\"sources\":\"WSJ\"}}"),
                400, "invalid_request").get("message").asText()).contains("'filters.sources' must be an array");
        assertThat(assertError(server.post("/api/search", "{\"query\":\"parade\",\"topK\":\"5\"}"), 400,
                "invalid_request").get("message").asText()).isEqualTo("field 'topK' must be a whole number, got a string");
        assertThat(assertError(server.post("/api/search", "{\"query\":\"parade\",\"topK\":2.5}"), 400,
                "invalid_request").get("message").asText()).contains("'topK' must be a whole number");
    }

    @Test
    void unknownFieldsAndBadFiltersAre400() {
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who?\",\"conversationID\":\"x\"}"), 400,
                "invalid_request").get("message").asText()).startsWith("unknown field 'conversationID'");
        assertThat(assertError(server.post("/api/ask", "{\"question\":\"Who?\",\"filters\":{\"from\":\"28/08/2025\"}}"),
                400, "invalid_request").get("message").asText())
                .isEqualTo("field 'filters.from' must be a date like 2025-08-01, got '28/08/2025'");
        assertThat(assertError(server.post("/api/ask",
                "{\"question\":\"Who?\",\"filters\":{\"from\":\"2025-09-01\",\"to\":\"2025-08-01\"}}"), 400,
                "invalid_request").get("message").asText()).contains("is after");
    }

    @Test
    void searchErrors() {
        assertThat(assertError(server.post("/api/search", "{\"query\":\"parade\",\"topK\":0}"), 400,
                "invalid_request").get("message").asText()).isEqualTo("field 'topK' must be between 1 and 50, got 0");
        assertError(server.post("/api/search", "{\"query\":\"parade\",\"topK\":51}"), 400, "invalid_request");
        assertError(server.post("/api/search", "{\"query\":\"\"}"), 400, "question_blank");
        assertError(server.post("/api/search", "{\"topK\":3}"), 400, "invalid_request");
        assertError(server.post("/api/search", TestServer.json(Map.of("query", "x".repeat(2001)))), 413,
                "question_too_long");
    }

    @Test
    void unknownConversationIs404() {
        JsonNode error = assertError(server.post("/api/ask",
                "{\"question\":\"And then?\",\"conversationId\":\"no-such-conversation\"}"), 404, "conversation_not_found");
        assertThat(error.get("message").asText()).contains("no-such-conversation");
    }

    @Test
    void unknownArticleIs404() {
        assertThat(assertError(server.get("/api/articles/0000000000000000"), 404, "article_not_found")
                .get("message").asText()).isEqualTo("no article with id '0000000000000000'");
    }

    @Test
    void badPagingIs400() {
        assertThat(assertError(server.get("/api/articles?limit=abc"), 400, "invalid_request").get("message").asText())
                .isEqualTo("query parameter 'limit' must be a whole number from 1 to 100, got 'abc'");
        assertError(server.get("/api/articles?limit=0"), 400, "invalid_request");
        assertError(server.get("/api/articles?limit=101"), 400, "invalid_request");
        assertError(server.get("/api/articles?offset=-1"), 400, "invalid_request");
    }

    @Test
    void unknownRoutesAndMethodsAreJson() {
        assertThat(assertError(server.get("/api/nothing-here"), 404, "not_found").get("message").asText())
                .isEqualTo("no such route: GET /api/nothing-here");
        assertError(server.get("/no-such-page.html"), 404, "not_found");
        assertError(server.get("/api/ask"), 405, "method_not_allowed");
        assertError(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/articles"))
                .DELETE()), 405, "method_not_allowed");
    }

    @Test
    void oversizedBodyIs413() {
        String body = "{\"question\":\"" + "a".repeat((int) WebApp.MAX_BODY_BYTES + 10) + "\"}";
        assertError(server.post("/api/ask", body), 413, "body_too_large");
    }

    static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = TestServer.json(response);
        assertThat(fieldNames(body)).containsExactly("error");
        assertThat(fieldNames(body.get("error"))).containsExactly("code", "message");
        assertThat(body.get("error").get("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body.get("error");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
