package newsdesk.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.feedback.Rating;

/**
 * The 👍/👎 buttons of a Mattermost answer (interactive message buttons: attachment {@code actions} of type
 * {@code button} whose {@code integration} Mattermost calls with the {@code context} we define) and the check of
 * that context when a button posts back. Mattermost does not sign these requests, so the context carries an
 * HMAC-SHA256 of the answer id and rating keyed with the Mattermost command token, which only this server and the
 * Mattermost server know: a forged or altered context is refused.
 */
final class MattermostActions {

    static final String ANSWER_ID = "answer_id";
    static final String RATING = "rating";
    static final String SIGNATURE = "signature";

    private final SecretKeySpec key;

    MattermostActions(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Adds the attachment holding the two buttons, posting to {@code url}, to {@code attachments}. */
    void addButtons(ArrayNode attachments, String url, String answerId) {
        ArrayNode actions = attachments.addObject().put("fallback", "Was this answer helpful?")
                .put("text", "Was this answer helpful?").putArray("actions");
        button(actions.addObject(), "newsdeskup", "👍 Helpful", "good", url, answerId, Rating.UP);
        button(actions.addObject(), "newsdeskdown", "👎 Not helpful", "danger", url, answerId, Rating.DOWN);
    }

    private void button(ObjectNode action, String id, String name, String style, String url, String answerId,
                        Rating rating) {
        action.put("id", id).put("type", "button").put("name", name).put("style", style);
        action.putObject("integration").put("url", url).putObject("context").put(ANSWER_ID, answerId)
                .put(RATING, rating.wire()).put(SIGNATURE, sign(answerId, rating.wire()));
    }

    /** The answer id and rating of a genuine context, or {@code null} when it is missing, altered or forged. */
    Verified verify(JsonNode context) {
        String answerId = context.path(ANSWER_ID).asText("");
        String rating = context.path(RATING).asText("");
        byte[] given;
        try {
            given = HexFormat.of().parseHex(context.path(SIGNATURE).asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (answerId.isEmpty() || !MessageDigest.isEqual(mac(answerId, rating), given)) {
            return null;
        }
        return new Verified(answerId, Rating.parse(rating));
    }

    /** A context that passed {@link #verify}. */
    record Verified(String answerId, Rating rating) {
    }

    String sign(String answerId, String rating) {
        return HexFormat.of().formatHex(mac(answerId, rating));
    }

    private byte[] mac(String answerId, String rating) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((answerId + "\n" + rating).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
