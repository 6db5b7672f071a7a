package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;
import newsdesk.web.RouteTable.Access;
import newsdesk.web.RouteTable.Route;

/**
 * Every route of the production wiring is classified public or admin in {@link RouteTable}; an app with an
 * unclassified route cannot be built; every admin route refuses requests without the right bearer token.
 */
class RouteTableTest {

    private static final String ADMIN_TOKEN = "admin-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyProductionRouteIsClassified() throws Exception {
        try (Newsdesk desk = desk()) {
            Javalin app = desk.webApp();

            assertThat(RouteTable.unclassified(app)).isEmpty();
            assertThat(registered(app).stream().filter(r -> !r.startsWith("OPTIONS ")).toList())
                    .as("the table lists exactly the routes serve registers")
                    .containsExactlyInAnyOrderElementsOf(RouteTable.ROUTES.stream()
                            .map(r -> r.method() + " " + r.path()).toList());
        }
    }

    @Test
    void anUnclassifiedRouteStopsTheAppFromBeingBuilt() throws Exception {
        try (Newsdesk desk = desk()) {
            assertThatThrownBy(() -> WebApp.create(desk.qa(), WebSettings.DEFAULTS,
                    config -> config.routes.get("/debug/dump", ctx -> ctx.result("everything"))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("GET /debug/dump").hasMessageContaining("public or admin");
        }
    }

    @Test
    void publicAndAdminRoutesNeverShareAPathAndMethod() {
        List<String> seen = new ArrayList<>();
        for (Route route : RouteTable.ROUTES) {
            String key = route.method() + " " + route.path();
            assertThat(seen).as("listed twice: " + key).doesNotContain(key);
            seen.add(key);
            if (route.access() == Access.ADMIN) {
                assertThat(route.answering()).as("admin routes are not rate-limited answering routes").isFalse();
            }
        }
        assertThat(RouteTable.find(HandlerType.OPTIONS, "/api/ingest/status")).as("no CORS preflight for admin")
                .isEmpty();
    }

    @Test
    void everyAdminRouteRefusesMissingWrongTruncatedAndUrlTokens() throws Exception {
        try (Newsdesk desk = desk()) {
            Javalin app = desk.webApp().start(0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                List<String> registered = registered(app);
                List<Route> admin = RouteTable.ROUTES.stream().filter(r -> r.access() == Access.ADMIN)
                        .filter(r -> registered.contains(r.method() + " " + r.path())).toList();
                assertThat(admin).extracting(r -> r.method() + " " + r.path()).containsExactlyInAnyOrder(
                        "POST /api/articles", "DELETE /api/articles/{id}", "GET /api/ingest/status",
                        "GET /api/admin/feedback");
                for (Route route : admin) {
                    String path = route.path().replace("{id}", "0123456789abcdef");
                    for (Map.Entry<String, String> attempt : attempts(path).entrySet()) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attempt.getKey()))
                                .method(route.method().name(), route.method() == HandlerType.POST
                                        ? HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"body\":\"b\"}")
                                        : HttpRequest.BodyPublishers.noBody())
                                .header("Content-Type", "application/json");
                        if (attempt.getValue() != null) {
                            request.header("Authorization", attempt.getValue());
                        }
                        HttpResponse<String> response = client.send(request.build(),
                                HttpResponse.BodyHandlers.ofString());
                        String what = route.method() + " " + attempt.getKey() + " with " + attempt.getValue();
                        assertThat(response.statusCode()).as(what).isIn(401, 403);
                        assertThat(response.body()).as(what).startsWith("{\"error\":").doesNotContain(ADMIN_TOKEN);
                    }
                }
            } finally {
                app.stop();
            }
        }
    }

    /** Path (with any query) → Authorization header (null: none) of requests that must all be refused. */
    private static Map<String, String> attempts(String path) {
        String truncated = ADMIN_TOKEN.substring(0, ADMIN_TOKEN.length() - 1);
        Map<String, String> attempts = new java.util.LinkedHashMap<>();
        attempts.put(path, null);
        attempts.put(path + "?", "");
        attempts.put(path + "?a", "Bearer ");
        attempts.put(path + "?b", "Bearer wrong-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        attempts.put(path + "?c", "Bearer " + truncated);
        attempts.put(path + "?d", "Bearer " + ADMIN_TOKEN + "x");
        attempts.put(path + "?e", "Basic " + ADMIN_TOKEN);
        attempts.put(path + "?f", ADMIN_TOKEN);
        attempts.put(path + "?token=" + ADMIN_TOKEN, null);
        attempts.put(path + "?access_token=" + ADMIN_TOKEN, null);
        return attempts;
    }

    private Newsdesk desk() {
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestServer.corpus(), data,
                Map.of("NEWSDESK_ADMIN_TOKEN", ADMIN_TOKEN)), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    private static List<String> registered(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(p -> p.endpoint.method.isHttpMethod())
                .map(p -> p.endpoint.method + " " + p.endpoint.path).toList();
    }
}
