package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-client and per-conversation rates, body sizes, media types and JSON depth, over real HTTP. */
class LimitsTest {

    private static final String QUESTION = "{\"question\":\"Who will join Xi at the military parade in Beijing?\"}";

    @Test
    void aClientBeyondItsBurstGets429WithRetryAfter() {
        try (TestServer server = TestServer.start(settings(Limits.DEFAULTS.withRate(6, 3)))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> refused = null;
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> response = server.post("/api/ask", QUESTION);
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    refused = response;
                }
            }

            assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
            JsonNode error = ApiAssertions.assertError(refused, 429, "rate_limited");
            assertThat(error.get("message").asText()).contains("try again in");
            assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 10L);
            assertThat(server.get("/health").statusCode()).as("only answering routes are limited").isEqualTo(200);
            assertThat(server.get("/api/articles").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void searchAndTheStreamShareTheClientsBucket() {
        try (TestServer server = TestServer.start(settings(Limits.DEFAULTS.withRate(6, 2)))) {
            assertThat(server.post("/api/search", "{\"query\":\"parade\"}").statusCode()).isEqualTo(200);
            assertThat(server.post("/api/ask/stream", QUESTION).statusCode()).isEqualTo(200);

            ApiAssertions.assertError(server.post("/api/ask", QUESTION), 429, "rate_limited");
            ApiAssertions.assertError(server.post("/api/ask/stream", QUESTION), 429, "rate_limited");
            ApiAssertions.assertError(server.post("/api/search", "{\"query\":\"parade\"}"), 429, "rate_limited");
        }
    }

    @Test
    void rotatingForwardedHeadersDoesNotEscapeTheLimit() {
        try (TestServer server = TestServer.start(settings(Limits.DEFAULTS.withRate(6, 3)))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String spoofed = "198.51.100." + i;
                statuses.add(server.send(ask(server).header("X-Forwarded-For", spoofed)
                        .header("X-Real-IP", spoofed).header("Forwarded", "for=" + spoofed)
                        .header("True-Client-IP", spoofed).header("CF-Connecting-IP", spoofed)).statusCode());
            }

            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(3);
            assertThat(statuses.subList(3, 40)).containsOnly(429);
        }
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        Limits limits = Limits.DEFAULTS.withRate(6, 2).withTrustedProxies(List.of("127.0.0.1", "10.0.0.0/8"));
        try (TestServer server = TestServer.start(settings(limits))) {
            List<Integer> sameClient = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                // the client forges everything left of what the proxies appended: no escape
                sameClient.add(server.send(ask(server).header("X-Forwarded-For",
                        "203.0.113." + i + ", 192.0.2.44, 10.1.1.1")).statusCode());
            }
            int otherClient = server.send(ask(server).header("X-Forwarded-For", "192.0.2.45, 10.1.1.1")).statusCode();

            assertThat(sameClient).containsExactly(200, 200, 429, 429, 429, 429);
            assertThat(otherClient).as("another client behind the same proxy has its own bucket").isEqualTo(200);
        }
    }

    @Test
    void aConversationBeyondItsTurnsPerMinuteGets429() {
        Limits limits = Limits.DEFAULTS.withRate(0, 1).withConversationTurnsPerMinute(3);
        try (TestServer server = TestServer.start(settings(limits))) {
            String id = TestServer.json(server.post("/api/ask", QUESTION)).get("conversationId").asText();
            String followUp = TestServer.json(Map.of("question", "And who else?", "conversationId", id));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(server.post(i % 2 == 0 ? "/api/ask" : "/api/ask/stream", followUp).statusCode());
            }
            HttpResponse<String> refused = server.post("/api/ask/stream", followUp);

            assertThat(statuses).containsExactly(200, 200, 200, 429);
            ApiAssertions.assertError(refused, 429, "conversation_rate_limited");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(server.post("/api/ask", QUESTION).statusCode()).as("a new conversation is not capped")
                    .isEqualTo(200);
        }
    }

    @Test
    void bodiesOverTheRouteLimitAre413BeforeBeingRead() {
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS)) {
            String big = "{\"question\":\"" + "a".repeat((int) RouteTable.QUESTION_BODY_BYTES) + "\"}";

            JsonNode error = ApiAssertions.assertError(server.post("/api/ask", big), 413, "body_too_large");
            assertThat(error.get("message").asText()).contains("16384");
            ApiAssertions.assertError(server.post("/api/search", big), 413, "body_too_large");
            ApiAssertions.assertError(server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/articles"))
                    .method("GET", HttpRequest.BodyPublishers.ofString("{}"))), 413, "body_too_large");
        }
    }

    @Test
    void jsonRoutesNeedALengthAndAJsonMediaType() {
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS)) {
            byte[] body = QUESTION.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            ApiAssertions.assertError(chunked, 411, "length_required");

            for (String type : List.of("text/xml", "multipart/form-data; boundary=x", "text/plain", "image/png")) {
                ApiAssertions.assertError(server.send(ask(server).header("Content-Type", type)), 415,
                        "unsupported_media_type");
            }
            for (String type : List.of("application/json", "application/json; charset=utf-8",
                    "application/x-www-form-urlencoded", "application/vnd.api+json")) {
                assertThat(server.send(ask(server).header("Content-Type", type)).statusCode()).as(type).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 100, 8_000})
    void deeplyNestedJsonIsRefusedWithoutNamingTheParser(int depth) {
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS)) {
            String nested = "{\"question\":\"x\",\"filters\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

            HttpResponse<String> response = server.post("/api/ask", nested);

            JsonNode error = ApiAssertions.assertError(response, 400, "invalid_json");
            assertThat(error.get("message").asText()).contains("nested more than 16 levels")
                    .doesNotContain("Constraints").doesNotContain("jackson");
        }
    }

    @Test
    void conversationIdsLongerThanAnIdAreRefused() {
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS)) {
            String body = TestServer.json(Map.of("question", "Who hosts the parade?", "conversationId",
                    "c".repeat(5000)));

            HttpResponse<String> response = server.post("/api/ask", body);

            ApiAssertions.assertError(response, 400, "invalid_request");
            assertThat(response.body()).doesNotContain("ccccccccccccccccccccccccccccccccccccc");
        }
    }

    private static HttpRequest.Builder ask(TestServer server) {
        return HttpRequest.newBuilder(URI.create(server.base() + "/api/ask")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(QUESTION));
    }

    private static WebSettings settings(Limits limits) {
        return WebSettings.DEFAULTS.withLimits(limits);
    }
}
