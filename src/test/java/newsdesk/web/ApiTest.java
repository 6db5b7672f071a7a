package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP, on the production wiring with the fast test embedder. */
class ApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(WebSettings.DEFAULTS);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void asksAndGetsACitedAnswer() {
        HttpResponse<String> response = server.post("/api/ask",
                TestServer.json(Map.of("question", "Who will join Xi at the military parade in Beijing?")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = TestServer.json(response);
        System.out.println(answer.toPrettyString());
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("answer").asText()).contains("[1]");
        JsonNode citation = answer.get("citations").get(0);
        assertThat(fieldNames(citation)).containsExactly(
                "n", "articleId", "title", "source", "publishedAt", "url", "sentence", "start", "end");
        assertThat(citation.get("source").asText()).isEqualTo("WSJ");
        assertThat(citation.get("publishedAt").asText()).isEqualTo("2025-08-28T16:15:00+05:30");
        assertThat(answer.get("conversationId").asText()).isNotBlank();
        assertThat(answer.get("timingsMs").has("retrieval")).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
