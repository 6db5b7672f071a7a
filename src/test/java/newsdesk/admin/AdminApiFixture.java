package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;
import newsdesk.web.ErrorMapper;

/**
 * What the admin API tests share: a desk over two generated seed articles with the hashing embedder, the production
 * admin routes on a random port, and requests sent with the JDK HTTP client; each test starts its own.
 */
abstract class AdminApiFixture {

    static final String TOKEN = "s3cret-admin-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final AdminSettings WITH_TOKEN = new AdminSettings(TOKEN, 64 * 1024, 16 * 1024);

    @TempDir
    Path tmp;

    final HttpClient client = HttpClient.newHttpClient();
    Newsdesk desk;
    Javalin app;

    void start(AdminSettings settings, String bindHost) {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("seed", 2, 6));
        desk = Newsdesk.create(TestArticles.settings(seeds, tmp.resolve("data")), new HashingEmbedder(),
                Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            ErrorMapper.register(config.routes);
            AdminRoutes.register(config, desk.ingestion(), settings);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (desk != null) {
            desk.close();
        }
    }

    static String json(Article article) {
        return TestArticles.json(article).toString();
    }

    void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    HttpResponse<String> send(String method, String path, String authorization, String type, String body,
                                      String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null && !authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(List<String> fixtures) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String name : fixtures) {
            paths.add(Path.of(AdminApiFixture.class.getResource("/uploads/" + name).toURI()));
        }
        return uploadPaths(paths);
    }

    /** A POST without Content-Length (chunked transfer encoding), as a streaming client sends it. */
    HttpResponse<String> sendChunked(String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> uploadPaths(List<Path> files) throws IOException, InterruptedException {
        String boundary = "----newsdesk-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        try {
            return new URI("http://127.0.0.1:" + app.port() + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean noUploadLeftovers() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.noneMatch(p -> p.getFileName().toString().startsWith("newsdesk-upload"));
        }
    }
}
