package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document and the real routes describe the same API. */
class OpenApiTest {

    /** Methods that are routes of the API; OPTIONS is the generic CORS preflight of every API route. */
    private static final Set<HandlerType> API_METHODS =
            Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(WebSettings.DEFAULTS);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyDocumentedOperationIsARealRouteAndViceVersa() {
        JsonNode doc = TestServer.json(server.get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");

        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
            if (API_METHODS.contains(parsed.endpoint.method)) {
                routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }

        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void everyPreflightBelongsToADocumentedPath() {
        JsonNode paths = TestServer.json(server.get("/openapi.json")).get("paths");
        for (ParsedEndpoint parsed : server.app.unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method == HandlerType.OPTIONS) {
                assertThat(paths.has(parsed.endpoint.path)).as(parsed.endpoint.path).isTrue();
            }
        }
    }

    @Test
    void everyDocumentedGetAnswersOverHttp() {
        JsonNode paths = TestServer.json(server.get("/openapi.json")).get("paths");
        String id = TestServer.json(server.get("/api/articles")).get("articles").get(0).get("id").asText();
        paths.fieldNames().forEachRemaining(path -> {
            if (paths.get(path).has("get")) {
                assertThat(server.get(path.replace("{id}", id)).statusCode()).as(path).isEqualTo(200);
            }
        });
    }

    @Test
    void everyRefusalARouteCanGiveIsDocumented() {
        JsonNode paths = TestServer.json(server.get("/openapi.json")).get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                RouteTable.Route route = RouteTable.find(HandlerType.findOrCreate(method), path.getKey()).orElseThrow();
                Set<String> statuses = new TreeSet<>();
                operation.getValue().get("responses").fieldNames().forEachRemaining(statuses::add);
                Set<String> expected = new TreeSet<>(Set.of("200"));
                if (route.body() == RouteTable.Body.JSON) {
                    expected.addAll(Set.of("400", "411", "413", "415"));
                }
                if (route.answering()) {
                    expected.addAll(Set.of("429", "503"));
                }
                if (path.getKey().startsWith("/api/")) {
                    expected.addAll(Set.of("403", "500"));
                }
                assertThat(statuses).as(method + " " + path.getKey()).containsAll(expected);
            }
        }
    }

    @Test
    void schemasReferencedByTheDocumentExist() {
        String text = server.get("/openapi.json").body();
        JsonNode components = TestServer.json(server.get("/openapi.json")).get("components");
        Matcher refs = Pattern.compile("#/components/(schemas|responses)/(\\w+)")
                .matcher(text);
        while (refs.find()) {
            assertThat(components.get(refs.group(1)).has(refs.group(2))).as(refs.group()).isTrue();
        }
    }
}
