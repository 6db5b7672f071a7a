package newsdesk.slack;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.qa.RefusedException;
import newsdesk.feedback.Rating;

/**
 * {@code POST /slack/interactivity}: Slack's interactivity request URL. Verifies the signature on the raw body, then
 * reads the {@code payload} form field; a {@code block_actions} payload whose action is one of the answer's feedback
 * buttons ({@link SlackRenderer#FEEDBACK_UP}, {@link SlackRenderer#FEEDBACK_DOWN}, the answer id as value) records
 * the rating, and the reader gets an ephemeral acknowledgement through the payload's {@code response_url} (when it
 * is one of the allowed prefixes). Slack needs the 200 within three seconds, so it is sent whatever the outcome.
 * <pre>curl -X POST localhost:7070/slack/interactivity -H "X-Slack-Request-Timestamp: $TS" \
 *     -H "X-Slack-Signature: $SIG" --data-urlencode "payload=$JSON"</pre>
 */
final class InteractivityHandler implements Handler {

    static final String THANKS = "Thanks, your feedback on this answer was recorded.";
    static final String EXPIRED = "That answer is too old to rate now; ask again to rate a fresh one.";
    private static final Logger LOG = LoggerFactory.getLogger(InteractivityHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSignatureVerifier verifier;
    private final SlackContext slack;
    private final Rater rater;

    InteractivityHandler(SlackSignatureVerifier verifier, SlackContext slack, Rater rater) {
        this.verifier = verifier;
        this.slack = slack;
        this.rater = rater;
    }

    @Override
    public void handle(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (Responses.refusedUnsigned(ctx, verifier, body)) {
            return;
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(FormBody.parse(body).getOrDefault("payload", ""));
        } catch (IOException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            Responses.error(ctx, 400, "bad_payload", "the 'payload' form field must hold the interaction as JSON");
            return;
        }
        Responses.ok(ctx);
        if (!"block_actions".equals(payload.path("type").asText())) {
            return;
        }
        for (JsonNode action : payload.path("actions")) {
            Rating rating = switch (action.path("action_id").asText()) {
                case SlackRenderer.FEEDBACK_UP -> Rating.UP;
                case SlackRenderer.FEEDBACK_DOWN -> Rating.DOWN;
                default -> null;
            };
            if (rating != null) {
                acknowledge(payload.path("response_url").asText(null), rate(action.path("value").asText(""), rating));
            }
        }
    }

    private String rate(String answerId, Rating rating) {
        try {
            rater.rate(answerId, rating, null, "slack");
            return THANKS;
        } catch (RefusedException e) {
            LOG.info("Slack feedback on answer {} refused: {}", answerId, e.getMessage());
            return e.kind() == RefusedException.Kind.NOT_FOUND ? EXPIRED : e.getMessage();
        }
    }

    private void acknowledge(String responseUrl, String text) {
        if (!slack.settings().allowsResponseUrl(responseUrl)) {
            return;
        }
        ObjectNode message = slack.renderer().notice(text);
        message.put("response_type", "ephemeral").put("replace_original", false);
        slack.executor().execute(() -> slack.client().postResponse(URI.create(responseUrl), message));
    }
}
