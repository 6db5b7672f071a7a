package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;
import newsdesk.web.ErrorMapper;

/** Who may use the admin API: a bearer token in the header only, closed without one, open once the index is loaded. */
class AdminAccessTest extends AdminApiFixture {

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
}
