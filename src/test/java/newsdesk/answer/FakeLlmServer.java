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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback model server speaking either the OpenAI chat-completions protocol ({@code POST /v1/chat/completions},
 * a JSON reply, or SSE {@code data:} chunks ending in {@code data: [DONE]} when the request says {@code stream})
 * or Ollama's ({@code POST /api/chat}, one JSON object, or NDJSON lines ending with {@code "done": true}).
 * Each request is recorded; a script decides the reply.
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
    private final Function<Request, Reply> script;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeLlmServer(Protocol protocol, Function<Request, Reply> script) throws IOException {
        this.protocol = protocol;
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
            send(exchange, request, text.text(), text.chunk());
        } else if (reply instanceof Status status) {
            status.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] body = status.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.code(), body.length);
            exchange.getResponseBody().write(body);
        } else if (reply instanceof Gated gated) {
            if (!request.stream()) {
                gated.opened().set(gated.gate().await(gated.maxWait().toMillis(), TimeUnit.MILLISECONDS));
                send(exchange, request, gated.first() + gated.rest(), 7);
                return;
            }
            OutputStream out = startStream(exchange);
            writeChunk(out, gated.first());
            gated.opened().set(gated.gate().await(gated.maxWait().toMillis(), TimeUnit.MILLISECONDS));
            writeChunk(out, gated.rest());
            finish(out);
        } else if (reply instanceof LateStream late) {
            try {
                OutputStream out = startStream(exchange);
                out.flush();
                Thread.sleep(late.delay().toMillis());
                for (int i = 0; i < late.pieces(); i++) {
                    writeChunk(out, "Kim arrived in Beijing on Tuesday [1]. ");
                    late.written().incrementAndGet();
                    Thread.sleep(20);
                }
                finish(out);
            } finally {
                late.over().countDown();
            }
        } else if (reply instanceof Stall stall) {
            Thread.sleep(stall.before().toMillis());
            send(exchange, request, stall.text(), 7);
        } else if (reply instanceof StallMidStream stall) {
            if (request.stream()) {
                writeChunk(startStream(exchange), stall.sent());
            } else {
                byte[] body = complete(stall.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
            }
            Thread.sleep(stall.stall().toMillis());
        } else if (reply instanceof EndsEarly early) {
            if (request.stream()) {
                writeChunk(startStream(exchange), early.sent());
            } else {
                byte[] body = complete(early.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length / 2);
                exchange.getResponseBody().write(body, 0, body.length / 2);
            }
        } else if (reply instanceof Truncated truncated) {
            if (request.stream()) {
                writeChunk(startStream(exchange), truncated.sent());
            } else {
                byte[] body = complete(truncated.sent()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length + 100);
                exchange.getResponseBody().write(body, 0, body.length / 2);
            }
            exchange.getResponseBody().flush();
            throw new IOException("connection dropped on purpose");
        } else {
            String text = !request.stream() ? "{\"choices\": [ {\"message\": "
                    : protocol == Protocol.OPENAI ? "data: {\"choices\": [{\"delta\"\n\n"
                    : "{\"message\": {\"content\"\n";
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    request.stream() && protocol == Protocol.OPENAI ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void send(HttpExchange exchange, Request request, String text, int chunk) throws IOException {
        if (!request.stream()) {
            byte[] body = complete(text).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        OutputStream out = startStream(exchange);
        for (int i = 0; i < text.length(); i += chunk) {
            writeChunk(out, text.substring(i, Math.min(text.length(), i + chunk)));
        }
        finish(out);
    }

    private void finish(OutputStream out) throws IOException {
        if (protocol == Protocol.OPENAI) {
            ObjectNode last = chunkJson("");
            ((ObjectNode) last.withArray("choices").get(0)).put("finish_reason", "stop");
            ((ObjectNode) last.withArray("choices").get(0)).putObject("delta");
            out.write(("data: " + last + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        } else {
            ObjectNode last = ollamaJson("");
            last.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
            out.write((last + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type",
                protocol == Protocol.OPENAI ? "text/event-stream" : "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private void writeChunk(OutputStream out, String piece) throws IOException {
        String line = protocol == Protocol.OPENAI ? "data: " + chunkJson(piece) + "\n\n" : ollamaJson(piece) + "\n";
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String complete(String text) {
        if (protocol == Protocol.OLLAMA) {
            ObjectNode reply = ollamaJson(text);
            reply.put("done", true).put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 5);
            return reply.toString();
        }
        ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "test-model");
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        reply.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
        return reply.toString();
    }

    private static ObjectNode chunkJson(String piece) {
        ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", "test-model");
        ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
        choice.putObject("delta").put("content", piece);
        choice.putNull("finish_reason");
        return chunk;
    }

    private static ObjectNode ollamaJson(String piece) {
        ObjectNode line = JSON.createObjectNode().put("model", "test-model")
                .put("created_at", "2025-09-02T10:00:00Z").put("done", false);
        line.putObject("message").put("role", "assistant").put("content", piece);
        return line;
    }
}
