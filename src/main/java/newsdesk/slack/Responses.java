package newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes JSON bodies and {@code {"error":{"code":…,"message":…}}} errors. */
final class Responses {

    private Responses() {
    }

    static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }

    static void ok(Context ctx) {
        json(ctx, 200, JsonNodeFactory.instance.objectNode().put("ok", true));
    }

    static void error(Context ctx, int status, String code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("error").put("code", code).put("message", message);
        json(ctx, status, body);
    }

    /**
     * Whether the request is refused for its Slack signature: checks {@code body} against the request's signature
     * headers and, unless the verdict is {@link SlackSignatureVerifier.Verdict#VALID}, answers 401 with the verdict.
     */
    static boolean refusedUnsigned(Context ctx, SlackSignatureVerifier verifier, byte[] body) {
        SlackSignatureVerifier.Verdict verdict = verifier.verify(ctx.header(SlackSignatureVerifier.TIMESTAMP_HEADER),
                ctx.header(SlackSignatureVerifier.SIGNATURE_HEADER), body);
        if (verdict == SlackSignatureVerifier.Verdict.VALID) {
            return false;
        }
        error(ctx, 401, verdict.code(), verdict.message());
        return true;
    }
}
