package newsdesk.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.index.Ingestor;
import newsdesk.testing.HashingEmbedder;

/**
 * The production wiring ({@link Newsdesk} + {@link WebApp#create}) over the fixture articles in
 * {@code src/test/resources/web/corpus}, started on a random port, with a JDK HTTP client.
 */
final class TestServer implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Newsdesk newsdesk;
    final Javalin app;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Newsdesk newsdesk, Javalin app) {
        this.newsdesk = newsdesk;
        this.app = app;
    }

    /** Fast: the deterministic hashing embedder. */
    static TestServer start(WebSettings web) {
        return start(web, false);
    }

    /** {@code realModel}: the in-process all-MiniLM-L6-v2 embedder, as {@code serve} uses. */
    static TestServer start(WebSettings web, boolean realModel) {
        try {
            Path data = Files.createTempDirectory("newsdesk-web-test");
            Settings settings = Settings.from(Map.of("NEWSDESK_SEEDS", corpus().toString(),
                    "NEWSDESK_DATA_DIR", data.toString()));
            Newsdesk newsdesk = realModel ? Newsdesk.create(settings)
                    : Newsdesk.create(settings, new HashingEmbedder(), Clock.systemUTC());
            newsdesk.ingestSeeds(Ingestor.Progress.NONE);
            return new TestServer(newsdesk, WebApp.create(newsdesk.qa(), web).start(0));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path corpus() {
        try {
            return Path.of(TestServer.class.getResource("/web/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
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
    public void close() throws Exception {
        app.stop();
        newsdesk.close();
    }
}
