package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * Wire copies are found as articles arrive: {@code /api/articles/{id}} lists them right after an upload, before any
 * question, and a delete unlinks them; a restart from the snapshot finds them again.
 */
class CopiesAtIngestionTest {

    private static final String TOKEN = "copies-admin-token-0123456789abcdef";
    private static final String FORTUNE = Article.stableId("https://fortune.example/port-ellery-bridge");
    private static final String YAHOO = Article.stableId("https://yahoo.example/port-ellery-bridge");

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void uploadsAreGroupedAtOnceDeletesUnlinkAndARestartFindsThemAgain() throws Exception {
        Map<String, String> env = Map.of("NEWSDESK_ADMIN_TOKEN", TOKEN);
        try (Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, tmp.resolve("data"), env),
                new HashingEmbedder(), Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                assertThat(upload(app, "fortune.json").statusCode()).isEqualTo(201);
                assertThat(copies(app, FORTUNE)).isEmpty();
                assertThat(upload(app, "yahoo.json").statusCode()).isEqualTo(201);
                assertThat(copies(app, FORTUNE)).extracting(c -> c.get("articleId").asText()).containsExactly(YAHOO);
                assertThat(copies(app, YAHOO)).extracting(c -> c.get("source").asText()).containsExactly("Fortune");
            } finally {
                app.stop();
            }
        }
        try (Newsdesk restarted = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, tmp.resolve("data"), env),
                new HashingEmbedder(), Clock.systemUTC())) {
            restarted.ingestSeeds(Ingestor.Progress.NONE);
            Javalin app = restarted.webApp().start("127.0.0.1", 0);
            try {
                assertThat(copies(app, FORTUNE)).as("signatures recomputed at restore")
                        .extracting(c -> c.get("articleId").asText()).containsExactly(YAHOO);
                HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(uri(app, "/api/articles/" + YAHOO))
                        .header("Authorization", "Bearer " + TOKEN).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
                assertThat(copies(app, FORTUNE)).isEmpty();
            } finally {
                app.stop();
            }
        }
    }

    private HttpResponse<String> upload(Javalin app, String fixture) throws Exception {
        Path file = Path.of(CopiesAtIngestionTest.class.getResource("/copies/" + fixture).toURI());
        return client.send(HttpRequest.newBuilder(uri(app, "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode copies(Javalin app, String id) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(app, "/api/articles/" + id)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response).get("copies");
    }

    private static URI uri(Javalin app, String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }
}
