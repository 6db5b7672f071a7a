package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import newsdesk.article.Article;
import newsdesk.testing.TestArticles;

/** What the admin API refuses and how: bad records, oversized bodies and files, unknown formats, failed durability. */
class AdminRefusalsTest extends AdminApiFixture {

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
        assertThat(many.stream().mapToLong(AdminApiFixture::size).sum()).isGreaterThan(64 * 1024);
        assertThat(many.stream().mapToLong(AdminApiFixture::size).max().getAsLong()).isLessThan(16 * 1024);
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
        Path wire = Path.of(AdminApiFixture.class.getResource("/uploads/wire.json").toURI());
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
}
