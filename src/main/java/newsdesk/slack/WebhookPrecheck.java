package newsdesk.slack;

import java.util.Map;

import io.javalin.http.Context;

import newsdesk.slack.SlackSignatureVerifier.Verdict;
import newsdesk.web.Refusal;

/**
 * Refuses, before anything reads the body, a Slack request whose headers already make it invalid (signature
 * headers missing, timestamp malformed or stale, unknown signature version): a client cannot make the server read
 * up to the route's body limit just to be told no. Runs as a {@code before} handler on the Slack paths. The one
 * unsigned request Slack sends, the slash command's {@code ssl_check}, is small: a commands request without
 * signature headers is read only up to {@value #SSL_CHECK_MAX_BYTES} bytes.
 */
final class WebhookPrecheck {

    static final long SSL_CHECK_MAX_BYTES = 512;

    private final SlackSignatureVerifier verifier;

    WebhookPrecheck(SlackSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    void events(Context ctx) {
        check(ctx, false);
    }

    void commands(Context ctx) {
        check(ctx, true);
    }

    private void check(Context ctx, boolean sslCheckAllowed) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        Verdict verdict = verifier.checkHeaders(ctx.header(SlackSignatureVerifier.TIMESTAMP_HEADER),
                ctx.header(SlackSignatureVerifier.SIGNATURE_HEADER));
        long length = ctx.req().getContentLengthLong();
        boolean maybeSslCheck = sslCheckAllowed && verdict == Verdict.MISSING_HEADERS && length >= 0
                && length <= SSL_CHECK_MAX_BYTES;
        if (verdict != Verdict.VALID && !maybeSslCheck) {
            // the body is not read: the connection cannot carry another request
            throw new Refusal(401, verdict.code(), verdict.message(), Map.of("Connection", "close"));
        }
    }
}
