package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import newsdesk.qa.FollowUpResolver;
import newsdesk.Newsdesk;
import newsdesk.error.RefusedException;
import newsdesk.qa.QaService;
import newsdesk.Settings;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.retrieve.InMemoryArticleStore;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/** What the API says when the service is not ready or fails unexpectedly. */
class FailureTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void notReadyUntilTheIndexIsLoaded() throws Exception {
        Settings settings = TestDesks.settings(TestServer.corpus(), TestServer.tempDir(), Map.of());
        try (Newsdesk newsdesk = Newsdesk.create(settings, new HashingEmbedder(), Clock.systemUTC())) {
            Javalin app = WebApp.create(newsdesk.qa(), WebSettings.DEFAULTS).start(0);
            try {
                assertThat(get(app, "/health").statusCode()).isEqualTo(200);
                HttpResponse<String> ready = get(app, "/ready");
                assertThat(ApiAssertions.assertError(ready, 503, "not_ready").get("message").asText())
                        .contains("still loading");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void unexpectedFailuresAre500WithoutDetails() throws Exception {
        QaService broken = new QaService(new QaService.Parts(new InMemoryArticleStore(() -> {
            throw new IllegalStateException("disk /var/secret/index is corrupt");
        }, null), null, new InMemoryConversationStore(Clock.systemUTC(), 10, Duration.ofMinutes(5)),
                (question, turns) -> new FollowUpResolver.Resolved(question, question), 5));
        Javalin app = WebApp.create(broken, WebSettings.DEFAULTS).start(0);
        try {
            for (HttpResponse<String> response : List.of(
                    post(app, "/api/ask", "{\"question\":\"Who hosts the parade?\"}"),
                    post(app, "/api/ask/stream", "{\"question\":\"Who hosts the parade?\"}"),
                    get(app, "/api/articles"))) {
                assertThat(ApiAssertions.assertError(response, 500, "internal_error").get("message").asText())
                        .isEqualTo("the server could not handle this request; the error was logged");
                assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalState");
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void aFailureAfterStreamingStartedEndsTheStreamWithAnErrorEvent() throws Exception {
        for (RuntimeException failure : List.of(new IllegalStateException("model at /var/secret/llm crashed"),
                new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable", "the search cluster is down"))) {
            QaService qa = FailingMidAnswer.service(failure);
            Javalin app = WebApp.create(qa, WebSettings.DEFAULTS).start(0);
            try {
                HttpResponse<String> response = post(app, "/api/ask/stream", "{\"question\":\"Who hosts the parade?\"}");

                assertThat(response.statusCode()).isEqualTo(200);
                List<SseEvent> events = SseEvent.parse(response.body());
                assertThat(events).extracting(SseEvent::name).containsExactly("sources", "delta", "error");
                JsonNode error = events.get(2).data().get("error");
                assertThat(ApiAssertions.fieldNames(error)).containsExactly("code", "message");
                if (failure instanceof RefusedException refused) {
                    assertThat(error.get("code").asText()).isEqualTo(refused.code());
                    assertThat(error.get("message").asText()).isEqualTo("the search cluster is down");
                } else {
                    assertThat(error.get("code").asText()).isEqualTo("internal_error");
                    assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalState");
                }
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void routesAddedByOtherSurfacesShareTheErrorMapping() throws Exception {
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS)) {
            Javalin app = WebApp.create(server.newsdesk.qa(), WebSettings.DEFAULTS,
                    config -> config.routes.post("/mattermost/commands", ctx -> {
                        throw new IllegalStateException("token xoxb-secret rejected");
                    })).start(0);
            try {
                HttpResponse<String> response = post(app, "/mattermost/commands", "text=hello");
                ApiAssertions.assertError(response, 500, "internal_error");
                assertThat(response.body()).doesNotContain("xoxb");
                assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            } finally {
                app.stop();
            }
        }
    }

    private HttpResponse<String> get(Javalin app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Javalin app, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
