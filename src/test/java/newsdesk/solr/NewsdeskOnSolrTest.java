package newsdesk.solr;

import newsdesk.ingest.IngestReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.answer.Answer;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackLog;
import newsdesk.feedback.FeedbackService;
import newsdesk.feedback.Rating;
import newsdesk.ingest.Ingestor;
import newsdesk.article.Filters;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/** The composition root with {@code NEWSDESK_STORE=solr}: what {@code serve --store solr} runs. */
class NewsdeskOnSolrTest {

    private static SolrCluster cluster;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() {
        cluster = SolrCluster.start(2);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Settings settings(Path seeds) {
        return settings(seeds, "wired");
    }

    /** Tests that must not seed the collection the seeding test expects empty use a collection of their own. */
    private static Settings settings(Path seeds, String collection) {
        return TestDesks.settings(seeds, data, Map.of(
                "NEWSDESK_STORE", "solr",
                "NEWSDESK_SOLR_URL", cluster.nodes().stream().map(URI::toString).collect(Collectors.joining(",")),
                "NEWSDESK_SOLR_COLLECTION", collection,
                "NEWSDESK_SOLR_SHARDS", "2",
                "NEWSDESK_SOLR_REPLICAS", "1",
                "NEWSDESK_SOLR_AUTO_INIT", "true"));
    }

    @Test
    void seedsAreLoadedOnceAndAnsweredFromSolrByEveryInstance() throws Exception {
        try (Newsdesk first = Newsdesk.create(settings(TestDesks.CORPUS), new HashingEmbedder(), Clock.systemUTC());
             Newsdesk second = Newsdesk.create(settings(TestDesks.CORPUS), new HashingEmbedder(),
                     Clock.systemUTC())) {
            IngestReport seeded = first.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(seeded.articles()).isEqualTo(3);
            assertThat(second.ingestSeeds(Ingestor.Progress.NONE).articles()).as("not re-embedded").isZero();
            Answer answer = second.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            assertThat(answer.abstained()).isFalse();
            assertThat(answer.text()).contains("$1.2 billion");
            Answer followUp = first.qa().ask("Who designed its towers?", answer.conversationId(), Filters.NONE);
            assertThat(followUp.conversationId()).isEqualTo(answer.conversationId());
            assertThat(followUp.text()).contains("Lindqvist");

            Javalin app = second.webApp().start(0);
            try {
                HttpResponse<String> upload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/articles"))
                        .POST(HttpRequest.BodyPublishers.ofString("[]")).header("Content-Type", "application/json")
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(upload.statusCode()).as("admin upload is local-store only").isIn(404, 405);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void feedbackIsKeptInSolrAndExportedByEveryInstance() throws Exception {
        try (Newsdesk first = Newsdesk.create(settings(TestDesks.CORPUS), new HashingEmbedder(), Clock.systemUTC());
             Newsdesk second = Newsdesk.create(settings(TestDesks.CORPUS), new HashingEmbedder(),
                     Clock.systemUTC())) {
            first.ingestSeeds(Ingestor.Progress.NONE);
            int before = second.qa().feedbackRecords().size();
            Answer answer = first.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            first.qa().feedback(new FeedbackService.Request(answer.id(), Rating.UP, "clear", null, "web"));
            first.qa().feedback(new FeedbackService.Request(answer.id(), Rating.DOWN, null, "$1.2 billion", "web"));

            List<Feedback> stored = second.qa().feedbackRecords();
            assertThat(stored).hasSize(before + 2);
            assertThat(stored.subList(before, stored.size())).extracting(f -> f.rating().wire() + "|"
                    + f.answer().answerId() + "|" + f.answer().settings().get("store"))
                    .containsExactly("up|" + answer.id() + "|solr", "down|" + answer.id() + "|solr");
            assertThat(stored.get(before + 1).answer().question()).isEqualTo("How much did the Westgate bridge cost?");
            assertThat(data.resolve(FeedbackLog.FILE_NAME)).doesNotExist();
        }
    }

    @Test
    void feedbackOnAnAnswerGivenByAnotherInstanceIsAccepted() throws Exception {
        try (Newsdesk first = Newsdesk.create(settings(TestDesks.CORPUS, "shared"), new HashingEmbedder(), Clock.systemUTC());
             Newsdesk second = Newsdesk.create(settings(TestDesks.CORPUS, "shared"), new HashingEmbedder(),
                     Clock.systemUTC())) {
            first.ingestSeeds(Ingestor.Progress.NONE);
            int before = first.qa().feedbackRecords().size();
            Answer answer = first.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            Javalin app = second.webApp().start(0);
            try {
                HttpResponse<String> rated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/feedback"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answerId\":\"" + answer.id()
                                + "\",\"rating\":\"down\",\"comment\":\"asked on the other instance\"}"))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(rated.statusCode()).as(rated.body()).isIn(200, 201);
            } finally {
                app.stop();
            }
            List<Feedback> stored = first.qa().feedbackRecords();
            assertThat(stored).hasSize(before + 1);
            Feedback feedback = stored.get(before);
            assertThat(feedback.answer().answerId()).isEqualTo(answer.id());
            assertThat(feedback.answer().question()).isEqualTo("How much did the Westgate bridge cost?");
            assertThat(feedback.answer().answer()).isEqualTo(answer.text());
            assertThat(feedback.comment()).isEqualTo("asked on the other instance");
            assertThatThrownBy(() -> second.qa().feedback(new FeedbackService.Request("no-such-answer", Rating.UP,
                    null, null, "web"))).isInstanceOf(newsdesk.error.RefusedException.class)
                    .extracting(e -> ((newsdesk.error.RefusedException) e).kind())
                    .isEqualTo(newsdesk.error.RefusedException.Kind.NOT_FOUND);
        }
    }

    @Test
    void wireCopiesAreFoundFromTheSignaturesStoredWithTheArticles() throws Exception {
        Path news = Path.of(NewsdeskOnSolrTest.class.getResource("/news").toURI());
        String fortune = newsdesk.article.Article.stableId("https://fortune.example/port-ellery-bridge");
        String yahoo = newsdesk.article.Article.stableId("https://yahoo.example/port-ellery-bridge");
        String courier = newsdesk.article.Article.stableId("https://courier.example/cracks");
        try (Newsdesk first = Newsdesk.create(settings(TestDesks.CORPUS, "shared"), new HashingEmbedder(), Clock.systemUTC());
             Newsdesk second = Newsdesk.create(settings(TestDesks.CORPUS, "shared"), new HashingEmbedder(),
                     Clock.systemUTC())) {
            first.ingestSeeds(Ingestor.Progress.NONE);
            first.ingest(news, Ingestor.Progress.NONE);
            assertThat(second.qa().copies(fortune)).extracting(a -> a.id()).containsExactly(yahoo);
            assertThat(second.qa().copies(yahoo)).extracting(a -> a.source()).containsExactly("Fortune");
            assertThat(second.qa().copies(courier)).isEmpty();
            assertThat(second.qa().copies("no-such-article")).isEmpty();
            Answer answer = second.qa().ask("Why did Port Ellery close its harbour bridge?", null, Filters.NONE);
            List<String> cited = answer.citations().stream().map(c -> c.articleId()).toList();
            assertThat(cited.contains(fortune) && cited.contains(yahoo)).as("the wire story is cited once").isFalse();
        }
    }
}
