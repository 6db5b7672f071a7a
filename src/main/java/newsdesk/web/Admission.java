package newsdesk.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Collections;
import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

import newsdesk.web.RouteTable.Body;
import newsdesk.web.RouteTable.Route;

/**
 * Decides, before a matched route's handler runs, whether the request may proceed: the body size and media type the
 * route accepts ({@link RouteTable}), and for answering routes the client's token bucket; a follow-up also takes a
 * token from its conversation's bucket ({@link #conversationTurn}). Refusals are {@link Refusal}s (411, 413, 415,
 * 429). The body of an admitted JSON request is read here, so a client that uploads
 * slowly never holds an answering slot while it does.
 */
final class Admission {

    private final TokenBuckets clients;
    private final TokenBuckets conversations;
    private final TokenBuckets webhooks;
    private final ClientAddress addresses;
    private final SlowBodyCutoff cutoff;

    /** {@code webhooks}: per-client buckets of the Slack and Mattermost routes, taken before their body is read. */
    Admission(TokenBuckets clients, TokenBuckets conversations, TokenBuckets webhooks, ClientAddress addresses,
              SlowBodyCutoff cutoff) {
        this.cutoff = cutoff;
        this.clients = clients;
        this.conversations = conversations;
        this.webhooks = webhooks;
        this.addresses = addresses;
    }

    void check(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            return;
        }
        Route route = RouteTable.find(endpoint.method, endpoint.path).orElseThrow(() ->
                new IllegalStateException("unclassified route " + endpoint.method + " " + endpoint.path));
        if (route.answering()) {
            rateLimit(ctx, clients);
        } else if (route.body() == Body.WEBHOOK) {
            rateLimit(ctx, webhooks);
        }
        checkBody(ctx, route);
    }

    /** A follow-up in conversation {@code conversationId} (null: a new one) takes a token from its bucket. */
    void conversationTurn(String conversationId) {
        if (conversationId == null) {
            return;
        }
        TokenBuckets.Decision decision = conversations.take(conversationId);
        if (!decision.allowed()) {
            throw new Refusal(429, "conversation_rate_limited", "too many questions in this conversation; try again in "
                    + decision.retryAfterSeconds() + " s", decision.retryAfterSeconds());
        }
    }

    private void rateLimit(Context ctx, TokenBuckets buckets) {
        String client = addresses.key(ctx.req().getRemoteAddr(),
                Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
        TokenBuckets.Decision decision = buckets.take(client);
        if (!decision.allowed()) {
            ctx.header("Connection", "close"); // the refused body is not read: the connection cannot be reused
            throw new Refusal(429, "rate_limited", "too many requests from this address; try again in "
                    + decision.retryAfterSeconds() + " s", decision.retryAfterSeconds());
        }
    }

    /** Bodies up to this size are read and dropped before a refusal, so the client reads the answer, not a reset. */
    static final long DISCARD_LIMIT = 1024 * 1024;

    /**
     * Reads and drops a refused body of a modest declared size: answering while the client is still sending makes
     * the connection close under it (a broken pipe instead of the 413). Larger or unknown-length bodies are not read;
     * a body sent too slowly is cut off like any other ({@link SlowBodyCutoff}).
     */
    private void discard(Context ctx, long length) {
        if (length <= 0 || length > DISCARD_LIMIT) {
            return;
        }
        Runnable done = cutoff.watch(ctx);
        try {
            ctx.req().getInputStream().skipNBytes(length);
        } catch (java.io.IOException | RuntimeException e) {
            // the client went away or sent less than it declared: the refusal stands either way
        } finally {
            done.run();
        }
    }

    private void checkBody(Context ctx, Route route) {
        long length = ctx.req().getContentLengthLong();
        boolean chunked = ctx.header("Transfer-Encoding") != null;
        if (route.body() == Body.OWN) {
            return;
        }
        if (route.body() == Body.NONE) {
            if (length > 0 || chunked) {
                discard(ctx, length);
                throw new Refusal(413, "body_too_large", ctx.method() + " " + route.path() + " takes no request body");
            }
            return;
        }
        if (length > route.maxBodyBytes()) {
            discard(ctx, length);
            throw new Refusal(413, "body_too_large", "the request body has " + length + " bytes; "
                    + route.path() + " accepts at most " + route.maxBodyBytes());
        }
        String type = ctx.header("Content-Type"); // raw: the servlet API throws on an unknown charset
        if (!knownCharset(type)) {
            throw new Refusal(415, "unsupported_charset", "the Content-Type names a charset this server does not know;"
                    + " send UTF-8");
        }
        if (route.body() == Body.JSON) {
            if (length < 0) {
                throw new Refusal(411, "length_required", "send the JSON body with a Content-Length header");
            }
            if (!jsonCompatible(type)) {
                throw new Refusal(415, "unsupported_media_type", "send the body as application/json");
            }
        }
        readBody(ctx);
    }

    /**
     * Reads the body now, outside any answering slot; a client that hangs up, stalls or trickles below the minimum
     * rate ({@link SlowBodyCutoff}) gets a 400 (or its connection closed).
     */
    private void readBody(Context ctx) {
        Runnable done = cutoff.watch(ctx);
        try {
            ctx.bodyAsBytes();
        } catch (Exception e) {
            if (e instanceof IOException) {
                throw new Refusal(400, "body_incomplete", "the request body could not be read to its end");
            }
            throw e;
        } finally {
            done.run();
        }
    }

    /** No {@code charset} parameter, or one the JVM supports (anything else makes the servlet API throw). */
    static boolean knownCharset(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "");
                try {
                    return Charset.isSupported(name);
                } catch (IllegalCharsetNameException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code application/json} (or a {@code +json} type), no type at all, or the form type {@code curl -d} sends by
     * default; the body is parsed as JSON in every case.
     */
    static boolean jsonCompatible(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))
                || type.equals("application/x-www-form-urlencoded");
    }
}
