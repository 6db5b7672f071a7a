package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.error.RefusedException;

/**
 * {@link SolrNodes}' fail-over and error mapping against real HTTP servers on loopback that answer as Solr does
 * (JSON bodies, Solr's error objects, Jetty's HTML 404 for a missing collection), and one node that is down.
 */
class SolrNodesTest {

    private static final String JSON = "application/json;charset=utf-8";
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ServerSocket> hung = new ArrayList<>();

    /** A node answering every request with {@code status} and {@code body}; it records the requests it got. */
    private record Node(URI url, List<String> requests) {
    }

    private Node node(int status, String contentType, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> requests = new CopyOnWriteArrayList<>();
        server.createContext("/solr", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + form);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return new Node(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/solr"), requests);
    }

    /** A node that refuses connections: a port that was free, closed again. */
    private static URI downNode() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/solr");
        }
    }

    /** A node that takes connections and never answers (the kernel accepts them; nobody reads). */
    private URI hungNode() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        hung.add(socket);
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/solr");
    }

    /** A node that dies while a request comes in: it reads the first bytes of the first request, then closes. */
    private URI dyingNode() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        hung.add(socket);
        Thread thread = new Thread(() -> {
            try (Socket connection = socket.accept()) {
                connection.getInputStream().readNBytes(4096);
            } catch (IOException e) {
                // the test ended first
            }
        }, "dying-solr-node");
        thread.setDaemon(true);
        thread.start();
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/solr");
    }

    @AfterEach
    void stop() throws IOException {
        servers.forEach(server -> server.stop(0));
        for (ServerSocket socket : hung) {
            socket.close();
        }
    }

    private static SolrNodes nodes(URI... urls) {
        return new SolrNodes(List.of(urls), Duration.ofSeconds(10));
    }

    @Test
    void aNodeThatDoesNotAnswerWithinTheTimeoutIsPassedOver() throws IOException {
        URI silent = hungNode();
        Node healthy = node(200, JSON, "{\"response\":{\"numFound\":7,\"docs\":[]}}");
        try (SolrNodes nodes = new SolrNodes(List.of(silent, healthy.url()), Duration.ofMillis(500))) {
            assertThat(nodes.select("news", Map.of("query", "*:*")).path("response").path("numFound").asInt())
                    .isEqualTo(7);
        }
        assertThat(healthy.requests()).hasSize(1);
    }

    @Test
    void aQueryGoesToTheNextNodeOn5xxAndStaysWithTheNodeThatAnswered() throws IOException {
        Node failing = node(503, JSON, "{\"error\":{\"msg\":\"no servers hosting shard: shard1\",\"code\":503}}");
        Node healthy = node(200, JSON, "{\"response\":{\"numFound\":3,\"docs\":[{\"id\":\"a!article\"}]}}");
        try (SolrNodes nodes = nodes(failing.url(), healthy.url())) {
            Map<String, Object> request = Map.of("query", SolrQueries.term("kind", "article"), "limit", 1);
            assertThat(nodes.select("news", request).path("response").path("numFound").asInt()).isEqualTo(3);
            assertThat(nodes.select("news", request).path("response").path("docs").path(0).path("id").asText())
                    .isEqualTo("a!article");
        }
        assertThat(failing.requests()).hasSize(1);
        assertThat(healthy.requests()).hasSize(2);
        String sent = healthy.requests().get(0);
        assertThat(sent).startsWith("POST /solr/news/select");
        String json = null;
        for (String pair : sent.substring(sent.lastIndexOf(' ') + 1).split("&")) {
            if (pair.startsWith("json=")) {
                json = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        assertThat(SolrNodes.json().readTree(json))
                .isEqualTo(SolrNodes.json().readTree("{\"query\":{\"term\":{\"f\":\"kind\",\"query\":\"article\"}},"
                        + "\"limit\":1}"));
    }

    @Test
    void a4xxIsSolrsAnswerWithItsMessageAndNoOtherNodeIsAsked() throws IOException {
        Node refusing = node(400, JSON, "{\"error\":{\"msg\":\"undefined field nope\",\"code\":400}}");
        Node other = node(200, JSON, "{}");
        try (SolrNodes nodes = nodes(refusing.url(), other.url())) {
            assertThatThrownBy(() -> nodes.select("news", Map.of("query", "nope:1")))
                    .isInstanceOfSatisfying(SolrNodes.SolrRequestException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).isEqualTo("Solr answered 400: undefined field nope");
                    });
        }
        assertThat(other.requests()).isEmpty();
    }

    @Test
    void aMissingCollectionIs404EvenAsJettysHtmlPage() throws IOException {
        Node node = node(404, "text/html;charset=iso-8859-1",
                "<html><body><h2>HTTP ERROR 404 Not Found</h2></body></html>");
        try (SolrNodes nodes = nodes(node.url())) {
            assertThatThrownBy(() -> nodes.select("missing", Map.of("query", "*:*")))
                    .isInstanceOfSatisfying(SolrNodes.SolrRequestException.class,
                            e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void whenNoNodeAnswersTheStoreIsUnavailableNamingEachNode() throws IOException {
        URI down = downNode();
        Node broken = node(500, JSON, "{\"error\":{\"msg\":\"java.lang.OutOfMemoryError\",\"code\":500}}");
        try (SolrNodes nodes = nodes(down, broken.url())) {
            assertThatThrownBy(() -> nodes.select("news", Map.of("query", "*:*")))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.kind()).isEqualTo(RefusedException.Kind.UNAVAILABLE);
                        assertThat(e.code()).isEqualTo("store_unavailable");
                        assertThat(e.getMessage()).startsWith("the search cluster did not answer: " + down + ": ")
                                .doesNotContain("Exception:")
                                .contains(broken.url() + ": 500 java.lang.OutOfMemoryError");
                    });
        }
    }

    @Test
    void realTimeGetAsksGetForTheIdAndFieldsAndTellsMissingFromFound() throws IOException {
        Node found = node(200, JSON, "{\"doc\":{\"id\":\"answer-1\",\"expire_at\":\"2026-01-01T00:00:00Z\"}}");
        Node missing = node(200, JSON, "{\"doc\":null}");
        try (SolrNodes one = nodes(found.url()); SolrNodes two = nodes(missing.url())) {
            assertThat(one.realTimeGet("news", "answer-1", "id,expire_at", "answer"))
                    .hasValueSatisfying(doc -> assertThat(doc.path("expire_at").asText()).startsWith("2026"));
            assertThat(two.realTimeGet("news", "answer-2", "id", "answer")).isEmpty();
        }
        assertThat(found.requests().get(0)).startsWith("GET /solr/news/get?").contains("id=answer-1")
                .contains("fl=id%2Cexpire_at");
    }

    @Test
    void aConflictingConditionalAddIsA409() throws IOException {
        Node node = node(409, JSON, "{\"error\":{\"msg\":\"version conflict for conversation-1 expected=-1 "
                + "actual=17\",\"code\":409}}");
        try (SolrNodes nodes = nodes(node.url())) {
            assertThatThrownBy(() -> nodes.add("news", Map.of("id", "conversation-1", "_version_", -1L), false))
                    .isInstanceOfSatisfying(SolrNodes.SolrRequestException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.getMessage()).contains("version conflict");
                    });
        }
        assertThat(node.requests().get(0)).startsWith("POST /solr/news/update");
    }

    @Test
    void aNodeDyingMidUpdateIsOneWarnLineNamingItAndTheUpdateGoesToTheNextNode() throws Exception {
        URI dying = dyingNode();
        Node healthy = node(200, JSON, "{\"responseHeader\":{\"status\":0}}");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (SolrNodes nodes = nodes(dying, healthy.url())) {
            nodes.add("news", Map.of("id", "a1", "body", "x".repeat(2_000_000)), false);
        } finally {
            System.setErr(original);
        }

        assertThat(healthy.requests()).singleElement().asString().startsWith("POST /solr/news/update");
        List<String> warnings = captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("newsdesk.solr.SolrNodes")).toList();
        assertThat(warnings).singleElement().asString()
                .contains("WARN newsdesk.solr.SolrNodes - Solr node " + dying + " refused POST /update: ");
    }
}
