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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;
import newsdesk.web.ErrorMapper;

/** The admin API over real HTTP: the production routes on a random port, the JDK HTTP client, the hashing embedder. */
class AdminApiTest {

    private static final String TOKEN = "s3cret-admin-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AdminSettings WITH_TOKEN = new AdminSettings(TOKEN, 64 * 1024, 16 * 1024);

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();
    private Newsdesk desk;
    private Javalin app;

    private void start(AdminSettings settings, String bindHost) {
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

    @Test
    void everyRouteRefusesAMissingEmptyWrongTruncatedOrUrlToken() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        List<String> bad = List.of("", "Bearer ", "Bearer wrong-token-0123456789abcdef0",
                "Bearer " + TOKEN.substring(0, TOKEN.length() - 1), "Bearer " + TOKEN + "x", "Basic " + TOKEN,
                "bearer" + TOKEN, TOKEN);
        for (String route : List.of("GET /api/ingest/status", "POST /api/articles", "DELETE /api/articles/x")) {
            String[] parts = route.split(" ");
            for (String header : bad) {
                HttpResponse<String> response = send(parts[0], parts[1], header, "application/json", "{}");
                assertError(response, 401, header.isEmpty() ? "unauthorized" : "unauthorized");
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        v -> assertThat(v).startsWith("Bearer"));
            }
            for (String query : List.of("?token=" + TOKEN, "?access_token=" + TOKEN, "?x=" + TOKEN)) {
                assertError(send(parts[0], parts[1] + query, null, "application/json", "{}"), 401, "token_in_url");
                assertError(send(parts[0], parts[1] + query, "Bearer " + TOKEN, "application/json", "{}"), 401,
                        "token_in_url");
            }
        }
        assertThat(desk.qa().articleCount()).isEqualTo(2);
        HttpResponse<String> ok = send("GET", "/api/ingest/status", "Bearer " + TOKEN, null, null);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void withoutATokenTheRoutesAreClosedEvenOnLoopback() throws Exception {
        for (String bindHost : List.of("0.0.0.0", "127.0.0.1")) {
            tmp = Files.createTempDirectory(tmp, "bind");
            start(new AdminSettings(null, 64 * 1024, 16 * 1024), bindHost);
            assertError(send("GET", "/api/ingest/status", null, null, null), 403, "admin_disabled");
            assertError(send("POST", "/api/articles", null, "application/json", json(TestArticles.article("x", 3))),
                    403, "admin_disabled");
            assertError(send("DELETE", "/api/articles/x", null, null, null), 403, "admin_disabled");
            assertThat(desk.qa().articleCount()).isEqualTo(2);
            stop();
        }
        app = null;
        desk = null;
    }

    @Test
    void aPageWithoutADateLoadsAndTheResponseSaysWhatWasMissing() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        HttpResponse<String> response = upload(List.of("undated.html"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("articles").asInt()).isEqualTo(1);
        assertThat(body.get("incomplete")).singleElement().extracting(JsonNode::asText).asString()
                .startsWith("undated.html: ").contains("no publication date");
        assertThat(desk.qa().search("ferry every forty minutes winter", 1, null).get(0).article().publishedAt())
                .isNull();
        assertThat(JSON.readTree(upload(List.of("lighthouse.txt")).body()).get("incomplete")).isEmpty();
    }

    @Test
    void uploadsInEveryFormatAreIndexedDurablyAndSearchable() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        List<String> names = List.of("lighthouse.txt", "orchard.md", "tramway.html", "wire.json", "feed.jsonl");
        for (String name : names) {
            HttpResponse<String> response = upload(List.of(name));
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(201);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("generation").asLong()).isGreaterThan(1);
            assertThat(body.get("chunks").asInt()).isPositive();
        }
        assertThat(desk.qa().articleCount()).isEqualTo(2 + 7);
        assertThat(desk.qa().search("quayside lighthouse lamp", 1, null).get(0).article().title())
                .isEqualTo("Volunteers Relight the Old Quayside Lighthouse");
        assertThat(desk.qa().search("hillside tramway cable", 1, null).get(0).article().source())
                .isEqualTo("Metro Ledger");
        assertThat(desk.qa().search("heritage apple trees", 1, null).get(0).article().author()).isEqualTo("Sam Ortiz");

        JsonNode status = JSON.readTree(send("GET", "/api/ingest/status", "Bearer " + TOKEN, null, null).body());
        assertThat(status.get("byOrigin").get("upload").asInt()).isEqualTo(7);
        assertThat(status.get("byOrigin").get("seeds").asInt()).isEqualTo(2);
        assertThat(status.get("writable").asBoolean()).isTrue();
        assertThat(status.get("last").get("kind").asText()).isEqualTo("upload");

        Path seeds = tmp.resolve("seeds");
        stop();
        desk = Newsdesk.create(TestArticles.settings(seeds, tmp.resolve("data")), new HashingEmbedder(),
                Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        assertThat(desk.qa().articleCount()).isEqualTo(9);
        assertThat(noUploadLeftovers()).isTrue();
    }

    @Test
    void jsonArticleObjectsAreAcceptedAloneOrInAnArray() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        Article one = TestArticles.article("json-one", 4);
        HttpResponse<String> single = send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", json(one));
        assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
        assertThat(JSON.readTree(single.body()).get("ids").get(0).asText()).isEqualTo(one.id());
        List<Article> two = TestArticles.articles("json-many", 2, 4);
        String array = "[" + json(two.get(0)) + "," + json(two.get(1)) + "]";
        HttpResponse<String> many = send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", array);
        assertThat(many.statusCode()).isEqualTo(201);
        assertThat(desk.qa().article(two.get(1).id())).isPresent();
        assertThat(desk.qa().articleCount()).isEqualTo(5);
    }

    @Test
    void aBatchWithOneBadRecordAddsNothing() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        assertError(upload(List.of("wire.json", "broken.jsonl")), 400, "unreadable_articles");
        assertError(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", "{\"title\": \"x\""), 400,
                "unreadable_articles");
        assertError(send("POST", "/api/articles", "Bearer " + TOKEN, "text/plain", "hello"), 415,
                "unsupported_media_type");
        assertThat(desk.qa().articleCount()).isEqualTo(2);
    }

    @Test
    void oversizedRequestsAndFilesAreRefusedWith413() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        Article big = TestArticles.article("big", 1500);
        assertThat(json(big).length()).isGreaterThan(64 * 1024);
        assertError(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", json(big)), 413,
                "request_too_large");
        Article medium = TestArticles.article("medium", 500);
        Path file = TestArticles.writeJson(tmp.resolve("medium.json"), List.of(medium));
        assertThat(Files.size(file)).isBetween(16L * 1024, 64L * 1024);
        assertError(uploadPaths(List.of(file)), 413, "file_too_large");
        List<Path> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(TestArticles.writeJson(tmp.resolve("part" + i + ".json"),
                    List.of(TestArticles.article("part" + i, 200))));
        }
        assertThat(many.stream().mapToLong(AdminApiTest::size).sum()).isGreaterThan(64 * 1024);
        assertThat(many.stream().mapToLong(AdminApiTest::size).max().getAsLong()).isLessThan(16 * 1024);
        assertError(uploadPaths(many), 413, "request_too_large");
        assertThat(desk.qa().articleCount()).isEqualTo(2);
    }

    @Test
    void jsonLinesBodiesChunkedBodiesAndUnknownFormatsGetTheirOwnAnswers() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        List<Article> lines = TestArticles.articles("ndjson", 2, 4);
        HttpResponse<String> ndjson = send("POST", "/api/articles", "Bearer " + TOKEN, "application/x-ndjson",
                json(lines.get(0)) + "\n" + json(lines.get(1)) + "\n");
        assertThat(ndjson.statusCode()).as(ndjson.body()).isEqualTo(201);
        assertThat(JSON.readTree(ndjson.body()).get("articles").asInt()).isEqualTo(2);

        String big = json(TestArticles.article("big-chunked", 1500));
        assertError(sendChunked("application/json", big.getBytes(StandardCharsets.UTF_8)), 413,
                "request_too_large");
        String boundary = "b0undary";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\""
                + "\r\n\r\n" + json(TestArticles.article("chunked-file", 3)) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertError(sendChunked("multipart/form-data; boundary=" + boundary, multipart), 411, "length_required");

        Path notes = Files.writeString(tmp.resolve("notes.pdf"), "%PDF-1.4 not an article format");
        Path wire = Path.of(AdminApiTest.class.getResource("/uploads/wire.json").toURI());
        assertError(uploadPaths(List.of(wire, notes)), 400, "unreadable_articles");
        assertThat(desk.qa().articleCount()).as("seeds and the JSON Lines batch only").isEqualTo(4);
    }

    @Test
    void aChangeThatCannotBeMadeDurableIsRefusedWith503AndNotServed() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        Path data = tmp.resolve("data");
        long generation = desk.ingestion().status().generation();
        // a folder where the next generation must go: the atomic rename fails as it would on a broken disk
        Path blocker = data.resolve(String.format("gen-%06d", generation + 1));
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("in-the-way"), "x");
        Article article = TestArticles.article("not-durable", 4);
        assertError(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", json(article)), 503,
                "snapshot_write_failed");
        assertThat(desk.qa().article(article.id())).as("not served when not durable").isEmpty();
        try (Stream<Path> children = Files.list(data)) {
            assertThat(children.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        JsonNode status = JSON.readTree(send("GET", "/api/ingest/status", "Bearer " + TOKEN, null, null).body());
        assertThat(status.get("generation").asLong()).isEqualTo(generation);
        assertThat(status.get("last").get("error").asText()).contains("could not be made durable");

        Files.delete(blocker.resolve("in-the-way"));
        Files.delete(blocker);
        HttpResponse<String> retry = send("POST", "/api/articles", "Bearer " + TOKEN, "application/json",
                json(article));
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(desk.qa().article(article.id())).isPresent();
    }

    @Test
    void deleteRemovesUploadedArticlesDurablyButNotSeeds() throws Exception {
        start(WITH_TOKEN, "0.0.0.0");
        Article one = TestArticles.article("to-delete", 4);
        assertThat(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", json(one)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> deleted = send("DELETE", "/api/articles/" + one.id(), "Bearer " + TOKEN, null, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(deleted.body()).get("deleted").asText()).isEqualTo(one.id());
        assertThat(desk.qa().article(one.id())).isEmpty();
        assertError(send("DELETE", "/api/articles/" + one.id(), "Bearer " + TOKEN, null, null), 404,
                "article_not_found");
        String seedId = desk.qa().articles(0, 1).get(0).id();
        assertError(send("DELETE", "/api/articles/" + seedId, "Bearer " + TOKEN, null, null), 400, "seed_article");
        assertThat(desk.qa().articleCount()).isEqualTo(2);
    }

    @Test
    void uploadsWaitUntilTheSnapshotIsLoaded() throws Exception {
        desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")), new HashingEmbedder(),
                Clock.systemUTC());
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            ErrorMapper.register(config.routes);
            AdminRoutes.register(config, desk.ingestion(), WITH_TOKEN);
        }).start("127.0.0.1", 0);
        String article = json(TestArticles.article("early", 3));
        assertError(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", article), 503, "starting");
        desk.ingestSeeds(Ingestor.Progress.NONE);
        assertThat(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json", article).statusCode())
                .isEqualTo(201);
    }

    @Test
    void theServeWiringCarriesTheAdminRoutes() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("w", 1, 3));
        desk = Newsdesk.create(newsdesk.testing.TestDesks.settings(seeds, tmp.resolve("data"),
                java.util.Map.of("NEWSDESK_ADMIN_TOKEN", TOKEN)), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        app = desk.webApp().start("127.0.0.1", 0);
        assertError(send("GET", "/api/ingest/status", null, null, null), 401, "unauthorized");
        assertThat(send("POST", "/api/articles", "Bearer " + TOKEN, "application/json",
                json(TestArticles.article("served", 3))).statusCode()).isEqualTo(201);
        HttpResponse<String> list = send("GET", "/api/articles", null, null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(TestArticles.article("served", 3).title());
    }

    private static String json(Article article) {
        return TestArticles.json(article).toString();
    }

    private void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String type, String body,
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

    private HttpResponse<String> upload(List<String> fixtures) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String name : fixtures) {
            paths.add(Path.of(AdminApiTest.class.getResource("/uploads/" + name).toURI()));
        }
        return uploadPaths(paths);
    }

    /** A POST without Content-Length (chunked transfer encoding), as a streaming client sends it. */
    private HttpResponse<String> sendChunked(String type, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> uploadPaths(List<Path> files) throws IOException, InterruptedException {
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

    private URI uri(String path) {
        try {
            return new URI("http://127.0.0.1:" + app.port() + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean noUploadLeftovers() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.noneMatch(p -> p.getFileName().toString().startsWith("newsdesk-upload"));
        }
    }
}
