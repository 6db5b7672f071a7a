package newsdesk.web;

import static newsdesk.web.ApiAssertions.assertError;
import static newsdesk.web.ApiAssertions.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Asking over the JSON API and its event stream, on the production wiring with the fast test embedder. */
class AskApiTest extends ApiServerFixture {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

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
}
