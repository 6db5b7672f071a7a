package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile requests against the production wiring (1,000 tries across the properties): garbage bodies and
 * invalid UTF-8 on the JSON routes, JSON objects with wrong types and sizes, and methods and paths the server does not
 * serve. Each is answered 4xx JSON within 2 s (see {@link Hostile}); the server is healthy afterwards.
 */
class HostileRequestProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> JSON_ROUTES = List.of("/api/ask", "/api/ask/stream", "/api/search");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded", "text/plain",
            "application/xml", "multipart/form-data; boundary=----x", "application/octet-stream", "image/svg+xml",
            "text/html", "application/json; charset=bogus", ";;;", "*/*");

    /** Paths a GET may legitimately succeed on, never generated as "unknown". */
    private static final List<String> SERVED_BY_GET = List.of("/", "/index.html", "/chat.js", "/chat.css",
            "/widget.js", "/widget.css", "/health", "/ready", "/metrics", "/openapi.json", "/api/config",
            "/api/articles");

    private static TestServer server;
    private static Hostile hostile;

    @BeforeContainer
    static void start() {
        server = TestServer.start(Hostile.settings());
        hostile = new Hostile(server);
    }

    @AfterContainer
    static void stop() {
        try {
            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(server.post("/api/ask", "{\"question\":\"Who hosts the parade in Beijing?\"}").statusCode())
                    .as("still answering after the hostile requests").isEqualTo(200);
        } finally {
            server.close();
        }
    }

    /** Random bytes (mostly invalid UTF-8, NULs included) or random text as the body of a JSON route. */
    @Property(tries = 400)
    void garbageBodies(@ForAll("jsonRoutes") String route, @ForAll("garbage") byte[] body,
                       @ForAll("contentTypes") String contentType) {
        hostile.send("POST", route, body, contentType);
    }

    /** Objects whose question is missing, blank, too long or not a string, with anything in the other fields. */
    @Property(tries = 350)
    void wrongTypesAndSizes(@ForAll("jsonRoutes") String route, @ForAll("badQuestion") JsonNode question,
                            @ForAll("anyValue") JsonNode other, @ForAll("fieldName") String otherField) {
        ObjectNode body = MAPPER.createObjectNode();
        String field = route.equals("/api/search") ? "query" : "question";
        if (question != null) {
            body.set(field, question);
        }
        body.set(otherField.equals(field) ? "filters" : otherField, other);
        hostile.send("POST", route, body.toString().getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** Methods a route does not take, and paths nobody serves (junk segments, encoded controls, odd characters). */
    @Property(tries = 250)
    void wrongMethodsAndPaths(@ForAll("wrongMethodOrPath") Map.Entry<String, String> request,
                              @ForAll("garbage") byte[] body) {
        boolean bodiless = request.getKey().equals("GET") || request.getKey().equals("DELETE");
        hostile.send(request.getKey(), request.getValue(), bodiless ? null : body, "application/json");
    }

    @Provide
    Arbitrary<String> jsonRoutes() {
        return Arbitraries.of(JSON_ROUTES);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(CONTENT_TYPES);
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> text = Arbitraries.strings().all().ofMaxLength(3000)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> brokenJson = Arbitraries.strings().withChars("{}[]\":,\\ nul0tr1e\u0000\n").ofMaxLength(400)
                .map(s -> ("{\"question\":" + s).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(bytes, text, brokenJson);
    }

    @Provide
    Arbitrary<JsonNode> badQuestion() {
        var nodes = MAPPER.getNodeFactory();
        return Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.strings().withChars(" \t\n\r\u00a0\u2003").ofMaxLength(50).map(nodes::textNode),
                Arbitraries.strings().alpha().ofMinLength(2001).ofMaxLength(4000).map(nodes::textNode),
                anyNonString());
    }

    @Provide
    Arbitrary<JsonNode> anyValue() {
        return Arbitraries.oneOf(anyNonString(),
                Arbitraries.strings().all().ofMaxLength(300).map(MAPPER.getNodeFactory()::textNode));
    }

    @Provide
    Arbitrary<String> fieldName() {
        return Arbitraries.oneOf(Arbitraries.of("conversationId", "filters", "topK", "question", "query",
                "__proto__", "constructor", "$where"), Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> wrongMethodOrPath() {
        Arbitrary<Map.Entry<String, String>> wrongMethod = Arbitraries.of(
                Map.entry("GET", "/api/ask"), Map.entry("GET", "/api/ask/stream"), Map.entry("GET", "/api/search"),
                Map.entry("PUT", "/api/ask"), Map.entry("PATCH", "/api/search"), Map.entry("DELETE", "/api/ask"),
                Map.entry("POST", "/health"), Map.entry("PUT", "/api/articles"), Map.entry("PATCH", "/api/config"),
                Map.entry("POST", "/api/config"), Map.entry("BREW", "/api/ask"), Map.entry("PROPFIND", "/api/ask"),
                Map.entry("POST", "/metrics"), Map.entry("PUT", "/api/articles/abc"),
                Map.entry("POST", "/ready"), Map.entry("DELETE", "/health"));
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_~.!$'()*+,;=@").ofMinLength(1)
                        .ofMaxLength(30).filter(s -> !s.contains("..") && !s.equals(".")),
                Arbitraries.of("%00", "%ff", "%2f", "%5c", "%0a%0d", "%c0%af", "%e2%80%ae", "%25",
                        "%ef%bf%bd", "%3Cscript%3E"));
        Arbitrary<String> junkPath = Combinators.combine(
                Arbitraries.of("/api/ask", "/api/search", "/api/config", "/health", "/api", "/api/ask/stream", "",
                        "/slack", "/api/articles/x"),
                junk.list().ofMinSize(1).ofMaxSize(4))
                .as((base, parts) -> base + "/" + String.join("/", parts));
        Arbitrary<Map.Entry<String, String>> unknownPath = Combinators.combine(
                Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH"), junkPath).as(Map::entry)
                .filter(e -> !(e.getKey().equals("GET") && SERVED_BY_GET.contains(e.getValue())));
        return Arbitraries.oneOf(wrongMethod, unknownPath);
    }

    private static Arbitrary<JsonNode> anyNonString() {
        var nodes = MAPPER.getNodeFactory();
        return Arbitraries.oneOf(
                Arbitraries.just(nodes.nullNode()),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.integers().map(nodes::numberNode),
                Arbitraries.doubles().map(nodes::numberNode),
                Arbitraries.longs().map(nodes::numberNode),
                Arbitraries.strings().alpha().ofMaxLength(10).list().ofMaxSize(5).map(list -> {
                    var array = nodes.arrayNode();
                    list.forEach(array::add);
                    return (JsonNode) array;
                }),
                Arbitraries.strings().alpha().ofMaxLength(10).list().ofMaxSize(5).map(list -> {
                    var object = nodes.objectNode();
                    list.forEach(key -> object.put(key, key.length()));
                    return (JsonNode) object;
                }));
    }
}
