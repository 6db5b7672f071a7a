package newsdesk.slack;

import java.io.IOException;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import newsdesk.web.Refusal;


/**
 * {@code POST /slack/events}: verifies the signature on the raw body, echoes {@code url_verification} challenges and
 * acknowledges every {@code event_callback} at once with 200. Each {@code event_id} is handed to the
 * {@link ThreadResponder} exactly once however often Slack retries it ({@code X-Slack-Retry-Num}: immediately, after
 * 1 and after 5 minutes), as long as it is remembered (the caller's dedupe window, at least 10 minutes).
 * <pre>curl -X POST localhost:7070/slack/events -H "X-Slack-Request-Timestamp: $TS" -H "X-Slack-Signature: $SIG" \
 *     --data-binary @event.json</pre>
 */
final class SlackEventHandler implements Handler {

    static final String RETRY_NUM_HEADER = "X-Slack-Retry-Num";
    static final String RETRY_REASON_HEADER = "X-Slack-Retry-Reason";
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSignatureVerifier verifier;
    private final ExpiringCache<Boolean> seenEvents;
    private final ThreadResponder responder;
    private final Executor executor;

    SlackEventHandler(SlackSignatureVerifier verifier, ExpiringCache<Boolean> seenEvents, ThreadResponder responder,
                      Executor executor) {
        this.verifier = verifier;
        this.seenEvents = seenEvents;
        this.responder = responder;
        this.executor = executor;
    }

    @Override
    public void handle(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        Responses.requireSigned(ctx, verifier, body);
        JsonNode payload;
        try {
            payload = JSON.readTree(body);
        } catch (IOException e) {
            throw new Refusal(400, "bad_json", "the event body is not JSON");
        }
        switch (payload.path("type").asText("")) {
            case "url_verification" -> Responses.json(ctx, 200,
                    JsonNodeFactory.instance.objectNode().put("challenge", payload.path("challenge").asText("")));
            case "event_callback" -> {
                String eventId = payload.path("event_id").asText("");
                boolean first = eventId.isEmpty() || seenEvents.putIfAbsent(eventId, Boolean.TRUE);
                Responses.ok(ctx);
                if (first) {
                    executor.execute(() -> responder.respond(payload));
                } else {
                    LOG.debug("event {} already handled; acknowledging retry {} ({})", eventId,
                            ctx.header(RETRY_NUM_HEADER), ctx.header(RETRY_REASON_HEADER));
                }
            }
            default -> Responses.ok(ctx);
        }
    }
}
