package newsdesk.web;

import static newsdesk.web.ApiAssertions.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Search, the article list, health, metrics and the chat page over real HTTP, on the production wiring. */
class ReadApiTest extends ApiServerFixture {

    private static final String PARADE = "Who will join Xi at the military parade in Beijing?";

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
}
