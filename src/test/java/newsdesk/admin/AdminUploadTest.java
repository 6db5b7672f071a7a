package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/** Uploads in every format and deletes over the admin API: indexed durably, searchable, seeds left alone. */
class AdminUploadTest extends AdminApiFixture {

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
}
