package newsdesk.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.retrieve.Passage;

/**
 * Writes one answer as Server-Sent Events: {@code sources} (the retrieved passages), {@code direct} when the answer
 * leads with a direct answer ({@code {"direct","citations"}}: its parts and the citations they refer to), {@code delta}
 * ({@code {"text","citations"}}: a text increment and the citations its markers {@code [n]} introduce, in the JSON of
 * {@code /api/ask}; empty when it introduces none), then {@code done} (the full answer JSON) or {@code error}
 * ({@code {"error":{"code","message"}}}).
 *
 * <p>The response is committed lazily, on the first event: a request refused before retrieval starts (blank question,
 * unknown conversation) still gets a plain JSON error with its 4xx status.
 */
final class AnswerStream implements AnswerListener {

    private final Context ctx;
    private final ApiJson json;
    private OutputStream out;
    private List<Citation> pendingCitations = List.of();

    AnswerStream(Context ctx, ApiJson json) {
        this.ctx = ctx;
        this.json = json;
    }

    boolean started() {
        return out != null;
    }

    @Override
    public void onSources(List<Passage> passages) {
        send("sources", json.passages(passages));
    }

    @Override
    public void onCitations(List<Citation> citations) {
        pendingCitations = List.copyOf(citations);
    }

    @Override
    public void onText(String increment) {
        ObjectNode delta = json.object(Map.of("text", increment));
        ArrayNode citations = delta.putArray("citations");
        pendingCitations.forEach(c -> citations.add(json.citation(c)));
        pendingCitations = List.of();
        send("delta", delta);
    }

    @Override
    public void onDirect(List<DirectAnswer> direct) {
        ObjectNode event = json.object(Map.of());
        event.set("direct", json.direct(direct));
        ArrayNode citations = event.putArray("citations");
        pendingCitations.forEach(c -> citations.add(json.citation(c)));
        pendingCitations = List.of();
        send("direct", event);
    }

    void done(Answer answer) {
        send("done", json.answer(answer));
    }

    void error(String code, String message) {
        try {
            send("error", json.error(code, message));
        } catch (ClientGone e) {
            // nothing left to tell it
        }
    }

    private void send(String event, JsonNode data) {
        try {
            if (out == null) {
                ctx.status(200);
                ctx.res().setCharacterEncoding("UTF-8");
                ctx.res().setContentType("text/event-stream");
                ctx.res().setHeader("Cache-Control", "no-cache");
                ctx.res().setHeader("X-Accel-Buffering", "no");
                out = ctx.res().getOutputStream();
            }
            out.write(("event: " + event + "\ndata: " + json.write(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ClientGone(e);
        }
    }

    /** Writing failed: the client closed the connection; the answer in progress is abandoned. */
    static final class ClientGone extends UncheckedIOException {

        ClientGone(IOException cause) {
            super("the client closed the event stream", cause);
        }
    }
}
