package newsdesk.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for Slack: the Web API under {@code /api/} ({@code chat.postMessage} answers
 * {@code {"ok":true,"channel":…,"ts":…}}, an invalid token {@code {"ok":false,"error":"invalid_auth"}}) and
 * slash-command {@code response_url}s under {@code /commands/} (those under {@code /commands/fail/} answer 500, like
 * a Slack outage). Records every call.
 */
final class FakeSlack implements AutoCloseable {

    /** One recorded request. */
    record Call(String path, String authorization, String contentType, JsonNode body) {
    }

    static final String BOT_TOKEN = "xoxb-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/commands/", this::responseUrl);
        server.setExecutor(threads);
        server.start();
    }

    URI apiUrl() {
        return URI.create(base() + "/api/");
    }

    String responseUrlPrefix() {
        return base() + "/commands/";
    }

    String responseUrl(String id) {
        return responseUrlPrefix() + "T1/" + id + "/secret";
    }

    /** A response_url that always answers 500. */
    String failingResponseUrl(String id) {
        return responseUrlPrefix() + "fail/T1/" + id + "/secret";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** Waits until at least {@code count} calls to {@code path} arrived; returns them. */
    List<Call> await(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (calls(path).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return calls(path);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void api(HttpExchange exchange) throws IOException {
        Call call = record(exchange);
        String reply = ("Bearer " + BOT_TOKEN).equals(call.authorization())
                ? JSON.createObjectNode().put("ok", true).put("channel", call.body().path("channel").asText())
                        .put("ts", "1700000000." + String.format("%06d", calls.size())).toString()
                : "{\"ok\":false,\"error\":\"invalid_auth\"}";
        respond(exchange, 200, reply);
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        Call call = record(exchange);
        if (call.path().startsWith("/commands/fail/")) {
            respond(exchange, 500, "{\"ok\":false,\"error\":\"internal_error\"}");
        } else {
            respond(exchange, 200, "{\"ok\":true}");
        }
    }

    private Call record(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        Call call = new Call(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        calls.add(call);
        return call;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
