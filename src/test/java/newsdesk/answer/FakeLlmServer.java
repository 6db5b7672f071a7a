package newsdesk.answer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback model server speaking either the OpenAI chat-completions protocol ({@code POST /v1/chat/completions},
 * a JSON reply, or SSE {@code data:} chunks ending in {@code data: [DONE]} when the request says {@code stream})
 * or Ollama's ({@code POST /api/chat}, one JSON object, or NDJSON lines ending with {@code "done": true}).
 * Each request is recorded; a script decides the reply, which {@link FakeLlmWire} writes in the protocol's format.
 */
final class FakeLlmServer implements AutoCloseable {

    enum Protocol { OPENAI, OLLAMA }

    /** A recorded request. */
    record Request(String path, JsonNode json) {

        boolean stream() {
            return json.path("stream").asBoolean(false);
        }

        String role(String role) {
            StringBuilder text = new StringBuilder();
            for (JsonNode message : json.path("messages")) {
                if (message.path("role").asText().equals(role)) {
                    text.append(message.path("content").asText());
                }
            }
            return text.toString();
        }

        String system() {
            return role("system");
        }

        String user() {
            return role("user");
        }
    }

    /** What the server does with one request. */
    interface Reply {
    }

    /** A normal reply, streamed in pieces of {@code chunk} characters when the request streams. */
    record Text(String text, int chunk) implements Reply {
        Text(String text) {
            this(text, 7);
        }
    }

    /** An HTTP error. */
    record Status(int code, Map<String, String> headers, String body) implements Reply {
    }

    /** Waits {@code before} before sending anything, then answers {@code text}. */
    record Stall(Duration before, String text) implements Reply {
    }

    /** Streams {@code sent} and then stalls for {@code stall} without finishing. */
    record StallMidStream(String sent, Duration stall) implements Reply {
    }

    /** Sends {@code sent} and then closes the connection without finishing the reply. */
    record Truncated(String sent) implements Reply {
    }

    /** Streams {@code sent} and ends the response cleanly, without the protocol's final message. */
    record EndsEarly(String sent) implements Reply {
    }

    /**
     * Streams {@code first}, waits until {@code gate} opens (at most {@code maxWait}), then streams {@code rest} and
     * finishes normally; {@code opened} records whether the gate opened in time. A blocking request gets the whole
     * text at once after the wait.
     */
    record Gated(String first, CountDownLatch gate, Duration maxWait, String rest, AtomicBoolean opened)
            implements Reply {
    }

    /**
     * Starts a stream, sends nothing for {@code delay}, then sends up to {@code pieces} pieces 20 ms apart; counts in
     * {@code written} the pieces written before the client hung up, and counts down {@code over} when done.
     */
    record LateStream(Duration delay, int pieces, AtomicInteger written, CountDownLatch over) implements Reply {
    }

    /** A 200 reply whose body is not valid JSON. */
    record Malformed() implements Reply {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Protocol protocol;
    private final FakeLlmWire wire;
    private final Function<Request, Reply> script;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeLlmServer(Protocol protocol, Function<Request, Reply> script) throws IOException {
        this.protocol = protocol;
        this.wire = new FakeLlmWire(protocol);
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(protocol == Protocol.OPENAI ? "/v1/chat/completions" : "/api/chat", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static FakeLlmServer start(Protocol protocol, Function<Request, Reply> script) {
        try {
            return new FakeLlmServer(protocol, script);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static FakeLlmServer replying(Protocol protocol, String text) {
        return start(protocol, request -> new Text(text));
    }

    String baseUrl() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return protocol == Protocol.OPENAI ? root + "/v1" : root;
    }

    Protocol protocol() {
        return protocol;
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // Not try-with-resources: a dropped connection must not be closed cleanly first.
        try {
            JsonNode json = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Request request = new Request(exchange.getRequestURI().getPath(), json);
            requests.add(request);
            respond(script.apply(request), request, exchange);
            exchange.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void respond(Reply reply, Request request, HttpExchange exchange) throws IOException,
            InterruptedException {
        if (reply instanceof Text text) {
            wire.send(exchange, request, text.text(), text.chunk());
        } else if (reply instanceof Status status) {
            status.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = status.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.code(), body.length);
            exchange.getResponseBody().write(body);
        } else if (reply instanceof Gated gated) {
            if (!request.stream()) {
                gated.opened().set(gated.gate().await(gated.maxWait().toMillis(), TimeUnit.MILLISECONDS));
                wire.send(exchange, request, gated.first() + gated.rest(), 7);
                return;
            }
            OutputStream out = wire.startStream(exchange);
            wire.writeChunk(out, gated.first());
            gated.opened().set(gated.gate().await(gated.maxWait().toMillis(), TimeUnit.MILLISECONDS));
            wire.writeChunk(out, gated.rest());
            wire.finish(out);
        } else if (reply instanceof LateStream late) {
            try {
                OutputStream out = wire.startStream(exchange);
                out.flush();
                Thread.sleep(late.delay().toMillis());
                for (int i = 0; i < late.pieces(); i++) {
                    wire.writeChunk(out, "Kim arrived in Beijing on Tuesday [1]. ");
                    late.written().incrementAndGet();
                    Thread.sleep(20);
                }
                wire.finish(out);
            } finally {
                late.over().countDown();
            }
        } else if (reply instanceof Stall stall) {
            Thread.sleep(stall.before().toMillis());
            wire.send(exchange, request, stall.text(), 7);
        } else if (reply instanceof StallMidStream stall) {
            if (request.stream()) {
                wire.writeChunk(wire.startStream(exchange), stall.sent());
            } else {
                byte[] body = wire.complete(stall.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
            }
            Thread.sleep(stall.stall().toMillis());
        } else if (reply instanceof EndsEarly early) {
            if (request.stream()) {
                wire.writeChunk(wire.startStream(exchange), early.sent());
            } else {
                byte[] body = wire.complete(early.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length / 2);
                exchange.getResponseBody().write(body, 0, body.length / 2);
            }
        } else if (reply instanceof Truncated truncated) {
            if (request.stream()) {
                wire.writeChunk(wire.startStream(exchange), truncated.sent());
            } else {
                byte[] body = wire.complete(truncated.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length + 100);
                exchange.getResponseBody().write(body, 0, body.length / 2);
            }
            exchange.getResponseBody().flush();
            throw new IOException("connection dropped on purpose");
        } else {
            wire.malformed(exchange, request);
        }
    }
}
