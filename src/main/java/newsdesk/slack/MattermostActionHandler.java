package newsdesk.slack;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;
import newsdesk.web.Refusal;

/**
 * {@code POST /mattermost/actions}: where an answer's 👍/👎 buttons post (Mattermost sends the button's
 * {@code context} in a JSON body). A context whose signature does not match ({@link MattermostActions}) is refused
 * with 403; a genuine one records the rating, and the reader sees an ephemeral {@code ephemeral_text} reply.
 * <pre>curl -X POST localhost:7070/mattermost/actions -H 'Content-Type: application/json' \
 *     -d '{"user_id":"u1","context":{"answer_id":"…","rating":"up","signature":"…"}}'</pre>
 */
final class MattermostActionHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(MattermostActionHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MattermostActions actions;
    private final Rater rater;

    MattermostActionHandler(MattermostActions actions, Rater rater) {
        this.actions = actions;
        this.rater = rater;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new Refusal(400, "bad_payload", "the body must be Mattermost's action request as JSON");
        }
        MattermostActions.Verified verified;
        try {
            verified = actions.verify(body.path("context"));
        } catch (RefusedException e) {
            verified = null;
        }
        if (verified == null) {
            throw new Refusal(403, "signature_invalid", "the button's context is not one this server signed");
        }
        String text;
        try {
            rater.rate(verified.answerId(), verified.rating(), null, "mattermost");
            text = InteractivityHandler.THANKS;
        } catch (RefusedException e) {
            LOG.info("Mattermost feedback on answer {} refused: {}", verified.answerId(), e.getMessage());
            text = e.kind() == RefusedException.Kind.NOT_FOUND ? InteractivityHandler.EXPIRED : e.getMessage();
        }
        Responses.json(ctx, 200, JsonNodeFactory.instance.objectNode().put("ephemeral_text", text));
    }
}
