package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/** Content-Security-Policy and CORS, checked over real HTTP. */
class SecurityTest {

    private static final String ALLOWED = "https://news.example.com";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(WebSettings.DEFAULTS.withAllowedOrigins(Set.of(ALLOWED)));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/chat.js", "/widget.js", "/api/articles", "/health", "/nope"})
    void everyResponseCarriesAStrictContentSecurityPolicy(String path) {
        HttpResponse<String> response = server.get(path);

        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'self' " + ALLOWED);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theChatPageHasNoInlineScriptOrStyle() {
        String page = server.get("/").body();

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
    }

    @Test
    void allowedOriginGetsCorsHeaders() {
        HttpResponse<String> response = withOrigin("/api/articles", ALLOWED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
    }

    @Test
    void allowedOriginPassesThePreflight() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/ask"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("content-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://news.example.com", "https://news.example.com:8443",
        "https://news.example.com.evil.example", "https://evilnews.example.com", "https://sub.news.example.com",
        "null", "https://evil-news.example.com", "https://news.example.com.", "https://news.example.co",
        "https://news.example.com@evil.example", "https://news-example.com", "http://news.example.com:443",
        "https://news.example.com:443.evil.example", "file://", "https://news.example.com/"})
    void otherAndLookAlikeOriginsAreRefused(String origin) {
        HttpResponse<String> response = withOrigin("/api/articles", origin);

        ApiAssertions.assertError(response, 403, "origin_not_allowed");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/ask"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void sameOriginRequestsNeedNoAllowList() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/ask"))
                .header("Origin", server.base())
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade in Beijing?\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void preflightsOfferOnlyThePublicMethodsOfTheirPath() {
        assertThat(preflight("/api/articles", "POST").headers().firstValue("Access-Control-Allow-Methods"))
                .as("POST /api/articles is the admin upload").hasValue("GET");
        assertThat(preflight("/api/articles/abc", "DELETE").headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET");
        assertThat(preflight("/api/ask/stream", "POST").headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("POST");
    }

    @Test
    void adminApiRoutesNeverGetCorsHeadersEvenForAnAllowedOrigin() throws Exception {
        String token = "admin-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        try (Newsdesk desk = Newsdesk.create(TestDesks.settings(TestServer.corpus(), TestServer.tempDir(),
                Map.of("NEWSDESK_ADMIN_TOKEN", token, "NEWSDESK_ALLOWED_ORIGINS", ALLOWED)),
                new HashingEmbedder(), Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            Javalin app = desk.webApp().start(0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> publicList = server.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Origin", ALLOWED));
                assertThat(publicList.headers().firstValue("Access-Control-Allow-Origin")).as("the public list")
                        .hasValue(ALLOWED);
                List<HttpRequest.Builder> admin = List.of(
                        HttpRequest.newBuilder(URI.create(base + "/api/ingest/status")),
                        HttpRequest.newBuilder(URI.create(base + "/api/ingest/status"))
                                .header("Authorization", "Bearer " + token),
                        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json"),
                        HttpRequest.newBuilder(URI.create(base + "/api/articles/0123456789abcdef")).DELETE(),
                        HttpRequest.newBuilder(URI.create(base + "/api/ingest/status"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Access-Control-Request-Method", "GET"));
                for (HttpRequest.Builder request : admin) {
                    HttpResponse<String> response = server.send(request.header("Origin", ALLOWED));
                    assertThat(response.headers().map().keySet()).as(response.request() + " → " + response.statusCode())
                            .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
                }
            } finally {
                app.stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/ready", "/metrics", "/openapi.json"})
    void operationalRoutesNeverGetCorsHeaders(String path) {
        HttpResponse<String> response = withOrigin(path, ALLOWED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    }

    @Test
    void withoutAllowedOriginsOnlyTheSameOriginMayFrameTheChat() {
        try (TestServer closed = TestServer.start(WebSettings.DEFAULTS)) {
            String csp = closed.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).endsWith("frame-ancestors 'self'");
            ApiAssertions.assertError(closed.send(HttpRequest.newBuilder(URI.create(closed.base() + "/api/articles"))
                    .header("Origin", ALLOWED)), 403, "origin_not_allowed");
        }
    }

    private HttpResponse<String> preflight(String path, String method) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", method));
        assertThat(response.statusCode()).isEqualTo(204);
        return response;
    }

    private HttpResponse<String> withOrigin(String path, String origin) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Origin", origin));
    }
}
