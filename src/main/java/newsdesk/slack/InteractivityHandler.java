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

import newsdesk.error.RefusedException;
import newsdesk.feedback.Rating;
import newsdesk.web.Refusal;

/**
 * {@code POST /slack/interactivity}: Slack's interactivity request URL. Verifies the signature on the raw body, then
 * reads the {@code payload} form field. A {@code block_actions} payload whose action is 👍
 * ({@link SlackRenderer#FEEDBACK_UP}, the answer id as value) records the rating, and the reader gets an ephemeral
 * acknowledgement through the payload's {@code response_url} (when it is one of the allowed prefixes); a 👎
 * ({@link SlackRenderer#FEEDBACK_DOWN}) opens the {@link FeedbackModal} for an optional comment, and its
 * {@code view_submission} or {@code view_closed} records the 👎 (directly, as for 👍, when the modal cannot be
 * opened). Slack needs the 200 within three seconds, so it is sent before any call to Slack.
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
        Responses.requireSigned(ctx, verifier, body);
        JsonNode payload;
        try {
            payload = JSON.readTree(FormBody.parse(body).getOrDefault("payload", ""));
        } catch (IOException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            throw new Refusal(400, "bad_payload", "the 'payload' form field must hold the interaction as JSON");
        }
        String type = payload.path("type").asText();
        if ((type.equals("view_submission") || type.equals("view_closed")) && FeedbackModal.isOurs(payload)) {
            commented(ctx, payload, type.equals("view_submission"));
            return;
        }
        Responses.ok(ctx);
        if (!"block_actions".equals(type)) {
            return;
        }
        String responseUrl = payload.path("response_url").asText(null);
        for (JsonNode action : payload.path("actions")) {
            String answerId = action.path("value").asText("");
            switch (action.path("action_id").asText()) {
                case SlackRenderer.FEEDBACK_UP -> acknowledge(responseUrl, rate(answerId, Rating.UP, null));
                case SlackRenderer.FEEDBACK_DOWN -> {
                    // A 👎 asks for a comment first; it is recorded when the modal is sent or closed.
                    String trigger = payload.path("trigger_id").asText("");
                    slack.executor().execute(() -> {
                        if (!slack.client().openView(trigger, FeedbackModal.view(answerId))) {
                            acknowledge(responseUrl, rate(answerId, Rating.DOWN, null));
                        }
                    });
                }
                default -> {
                }
            }
        }
    }

    /**
     * The comment modal sent (with its comment) or closed (without): records the 👎 and closes the modal, or keeps
     * it open with the reason when the answer can no longer be rated.
     */
    private void commented(Context ctx, JsonNode payload, boolean submitted) {
        String answerId = FeedbackModal.answerId(payload);
        String outcome = rate(answerId, Rating.DOWN, submitted ? FeedbackModal.comment(payload) : null);
        if (submitted && !outcome.equals(THANKS)) {
            ObjectNode errors = JSON.createObjectNode().put("response_action", "errors");
            errors.putObject("errors").put(FeedbackModal.BLOCK_ID, outcome);
            Responses.json(ctx, 200, errors);
            return;
        }
        ctx.status(200).result("");
    }

    private String rate(String answerId, Rating rating, String comment) {
        try {
            rater.rate(answerId, rating, comment, "slack");
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
