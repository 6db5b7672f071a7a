package newsdesk.answer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import newsdesk.answer.FakeLlmServer.Protocol;

/**
 * How {@link FakeLlmServer} writes replies in one protocol: OpenAI chat completions (one JSON object, or SSE
 * {@code data:} chunks ending in {@code data: [DONE]}) or Ollama chat (one JSON object, or NDJSON lines ending with
 * {@code "done": true}).
 */
final class FakeLlmWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Protocol protocol;

    FakeLlmWire(Protocol protocol) {
        this.protocol = protocol;
    }

    void send(HttpExchange exchange, FakeLlmServer.Request request, String text, int chunk) throws IOException {
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

    /** A 200 reply cut off inside its first JSON object. */
    void malformed(HttpExchange exchange, FakeLlmServer.Request request) throws IOException {
        String text = !request.stream() ? "{\"choices\": [ {\"message\": "
                : protocol == Protocol.OPENAI ? "data: {\"choices\": [{\"delta\"\n\n"
                : "{\"message\": {\"content\"\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                request.stream() && protocol == Protocol.OPENAI ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    void finish(OutputStream out) throws IOException {
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

    OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type",
                protocol == Protocol.OPENAI ? "text/event-stream" : "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    void writeChunk(OutputStream out, String piece) throws IOException {
        String line = protocol == Protocol.OPENAI ? "data: " + chunkJson(piece) + "\n\n" : ollamaJson(piece) + "\n";
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    String complete(String text) {
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
