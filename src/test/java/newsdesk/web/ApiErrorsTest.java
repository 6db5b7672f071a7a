package newsdesk.web;

import static newsdesk.web.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Every refused API request answers JSON {@code {"error":{"code","message"}}} with its status, never a trace. */
class ApiErrorsTest extends ApiServerFixture {

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
}
