package newsdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

import newsdesk.Newsdesk;
import newsdesk.testing.TestDesks;

/**
 * The production wiring ({@link Newsdesk} + {@link WebApp#create}) over the fixture articles in
 * {@code src/test/resources/web/corpus}, started on a random port, with a JDK HTTP client.
 */
final class TestServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Production settings without the per-client and per-conversation rates, for tests about something else: all
     * their requests come from 127.0.0.1 in quick succession.
     */
    static final WebSettings UNLIMITED = WebSettings.DEFAULTS.withLimits(
            Limits.DEFAULTS.withRate(0, 1).withConversationTurnsPerMinute(0));

    final Newsdesk newsdesk;
    final Javalin app;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final boolean ownsDesk;

    private TestServer(Newsdesk newsdesk, Javalin app, boolean ownsDesk) {
        this.newsdesk = newsdesk;
        this.app = app;
        this.ownsDesk = ownsDesk;
    }

    /** Fast: the fixture articles with the deterministic hashing embedder. */
    static TestServer start(WebSettings web) {
        return serve(TestDesks.hashing(corpus(), tempDir()), web, true);
    }

    /** The repository's seeds with the real all-MiniLM-L6-v2 model, shared by the whole test JVM. */
    static TestServer startRealSeeds(WebSettings web) {
        return serve(TestDesks.realSeeds(tempDir()), web, false);
    }

    /** Serves {@code newsdesk} through the production wiring; {@code ownsDesk}: close it with the server. */
    static TestServer serve(Newsdesk newsdesk, WebSettings web, boolean ownsDesk) {
        return new TestServer(newsdesk, WebApp.create(newsdesk.qa(), web).start(0), ownsDesk);
    }

    /** Fixtures of the web tests: the seed article, an invented one, and one full of script/HTML payloads. */
    static Path corpus() {
        try {
            return Path.of(TestServer.class.getResource("/web/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("newsdesk-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT}. */
    String base() {
        return "http://127.0.0.1:" + port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        if (ownsDesk) {
            try {
                newsdesk.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the test Newsdesk failed", e);
            }
        }
    }
}
