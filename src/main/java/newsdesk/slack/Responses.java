package newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;

import newsdesk.web.Refusal;

/**
 * Writes Slack's JSON bodies; refusals are thrown as {@link Refusal}s for the server's one {@code ErrorMapper} to
 * render as {@code {"error":{"code":…,"message":…}}}.
 */
final class Responses {

    private Responses() {
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    static void ok(Context ctx) {
        json(ctx, 200, JsonNodeFactory.instance.objectNode().put("ok", true));
    }

    /**
     * Checks {@code body} against the request's Slack signature headers and, unless the verdict is
     * {@link SlackSignatureVerifier.Verdict#VALID}, refuses with 401 and the verdict.
     */
    static void requireSigned(Context ctx, SlackSignatureVerifier verifier, byte[] body) {
        SlackSignatureVerifier.Verdict verdict = verifier.verify(ctx.header(SlackSignatureVerifier.TIMESTAMP_HEADER),
                ctx.header(SlackSignatureVerifier.SIGNATURE_HEADER), body);
        if (verdict != SlackSignatureVerifier.Verdict.VALID) {
            throw new Refusal(401, verdict.code(), verdict.message());
        }
    }
}
