package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newsdesk.article.Article;
import newsdesk.testing.TestDesks;

/**
 * News-native answers over real HTTP on the production wiring: one story told by several outlets over six weeks,
 * one agency story carried by two of them (src/test/resources/news).
 */
class NewsAnswersTest {

    private static final String FORTUNE = Article.stableId("https://fortune.example/port-ellery-bridge");
    private static final String YAHOO = Article.stableId("https://yahoo.example/port-ellery-bridge");
    private static final String COURIER = Article.stableId("https://courier.example/cracks");

    private static TestServer server;

    @BeforeAll
    static void start() throws URISyntaxException {
        Path corpus = Path.of(NewsAnswersTest.class.getResource("/news").toURI());
        server = TestServer.serve(TestDesks.hashing(corpus, TestServer.tempDir()), TestServer.UNLIMITED, true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static JsonNode ask(String question) {
        var response = server.post("/api/ask", TestServer.json(Map.of("question", question)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    @Test
    void articleListsItsWireCopies() {
        JsonNode fortune = TestServer.json(server.get("/api/articles/" + FORTUNE));
        assertThat(fortune.get("copies")).extracting(c -> c.get("articleId").asText()).containsExactly(YAHOO);
        assertThat(fortune.get("copies").get(0).get("source").asText()).isEqualTo("Yahoo News");
        assertThat(TestServer.json(server.get("/api/articles/" + YAHOO)).get("copies"))
                .extracting(c -> c.get("articleId").asText()).containsExactly(FORTUNE);
        assertThat(TestServer.json(server.get("/api/articles/" + COURIER)).get("copies")).isEmpty();
    }

    @Test
    void aWireStoryIsCitedOnceWithTheOutletsThatAlsoCarriedIt() {
        JsonNode answer = ask("How many commuters does the harbour bridge closure force onto a ferry service?");

        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("format").asText()).isEqualTo("quotes");
        List<String> cited = new ArrayList<>();
        answer.get("citations").forEach(c -> cited.add(c.get("articleId").asText()));
        assertThat(cited).containsAnyOf(FORTUNE, YAHOO);
        assertThat(cited.contains(FORTUNE) && cited.contains(YAHOO)).as("both copies cited").isFalse();
        JsonNode wire = null;
        for (JsonNode c : answer.get("citations")) {
            if (c.get("articleId").asText().equals(FORTUNE) || c.get("articleId").asText().equals(YAHOO)) {
                wire = c;
            }
        }
        String other = wire.get("articleId").asText().equals(FORTUNE) ? "Yahoo News" : "Fortune";
        assertThat(wire.get("copies")).extracting(c -> c.get("source").asText()).containsExactly(other);
        assertThat(answer.get("answer").asText()).endsWith("Also reported by " + other + " [" + wire.get("n").asInt()
                + "].");
    }

    @Test
    void aTimelineHasDatedBulletsFromDifferentStoriesOldestFirst() {
        JsonNode answer = ask("How did the Port Ellery harbour bridge story unfold?");

        assertThat(answer.get("format").asText()).isEqualTo("timeline");
        String[] lines = bullets(answer.get("answer").asText());
        JsonNode citations = answer.get("citations");
        assertThat(lines).hasSize(citations.size());
        assertThat(citations.size()).isBetween(3, 6);
        List<OffsetDateTime> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            JsonNode c = citations.get(i);
            OffsetDateTime published = OffsetDateTime.parse(c.get("publishedAt").asText());
            dates.add(published);
            ids.add(c.get("articleId").asText());
            assertThat(lines[i]).startsWith("- ").endsWith(c.get("sentence").asText() + " [" + (i + 1) + "]");
            assertThat(lines[i]).contains(published.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                    java.util.Locale.ENGLISH)) + ": ");
            JsonNode article = TestServer.json(server.get("/api/articles/" + c.get("articleId").asText()));
            assertThat(article.get("body").asText().substring(c.get("start").asInt(), c.get("end").asInt()))
                    .isEqualTo(c.get("sentence").asText());
        }
        assertThat(dates).isSorted();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids.contains(FORTUNE) && ids.contains(YAHOO)).as("one wire story, twice").isFalse();
    }

    /** The lines of the layout: the text up to the first blank line (an "Also reported by" line may follow). */
    private static String[] bullets(String text) {
        return text.split("\n\n")[0].split("\n");
    }

    @Test
    void coverageGivesOneLinePerOutletNamedOutletsFirst() {
        JsonNode answer = ask("How did TechCrunch and The Verge cover the Port Ellery harbour bridge?");

        assertThat(answer.get("format").asText()).isEqualTo("outlets");
        String[] lines = bullets(answer.get("answer").asText());
        assertThat(lines[0]).startsWith("TechCrunch: ");
        assertThat(lines[1]).startsWith("The Verge: ");
        List<String> outlets = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            JsonNode c = answer.get("citations").get(i);
            outlets.add(c.get("source").asText());
            assertThat(lines[i]).isEqualTo(c.get("source").asText() + ": " + c.get("sentence").asText() + " ["
                    + (i + 1) + "]");
        }
        assertThat(outlets).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    }

    @Test
    void aStreamedTimelineArrivesWholeWithItsCitationsFirst() {
        var response = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                        + "/api/ask/stream")).header("Accept", "text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestServer.json(Map.of("question",
                        "How did the Port Ellery harbour bridge story unfold?")))));
        List<SseEvent> events = SseEvent.parse(response.body());
        List<JsonNode> deltas = events.stream().filter(e -> e.name().equals("delta")).map(SseEvent::data).toList();
        JsonNode done = events.stream().filter(e -> e.name().equals("done")).findFirst().orElseThrow().data();

        assertThat(done.get("format").asText()).isEqualTo("timeline");
        assertThat(deltas).hasSize(1);
        assertThat(deltas.get(0).get("text").asText()).isEqualTo(done.get("answer").asText());
        assertThat(deltas.get(0).get("citations")).isEqualTo(done.get("citations"));
    }

    @Test
    void aQuestionNamingAMonthOnlyQuotesArticlesOfThatMonth() {
        JsonNode answer = ask("What did the council say about the Port Ellery harbour bridge cables in April?");

        assertThat(answer.get("abstained").asBoolean()).isFalse();
        assertThat(answer.get("citations")).isNotEmpty().allSatisfy(c -> assertThat(
                OffsetDateTime.parse(c.get("publishedAt").asText()).getMonthValue()).isEqualTo(4));
    }

    @Test
    void theLatestSaysAsOfWhenAndFavoursNewerArticles() {
        JsonNode answer = ask("What is the latest on the Port Ellery harbour bridge?");

        assertThat(answer.get("abstained").asBoolean()).isFalse();
        OffsetDateTime newest = null;
        int newestN = 0;
        for (JsonNode c : answer.get("citations")) {
            OffsetDateTime published = OffsetDateTime.parse(c.get("publishedAt").asText());
            if (c.get("kind").asText().equals("sentence") && (newest == null || published.isAfter(newest))) {
                newest = published;
                newestN = c.get("n").asInt();
            }
        }
        assertThat(newest.toLocalDate()).isAfterOrEqualTo(java.time.LocalDate.of(2024, 4, 2));
        assertThat(answer.get("answer").asText()).startsWith("As of " + newest.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)) + " ["
                + newestN + "]: ");
    }
}
