package newsdesk.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code newsdesk.access} logger (INFO): method, path without the query string, status,
 * duration and request id, e.g. {@code POST /api/ask 200 12ms id=4f1c0e2a9b7d3c55}. Nothing else from the request is
 * logged (no query strings, headers or bodies, which is where tokens travel). The request id is the caller's
 * {@code X-Request-Id} when it looks like one (1-64 of {@code [A-Za-z0-9._:-]}), else a fresh one; either way it is
 * echoed in the {@code X-Request-Id} response header.
 */
final class AccessLog {

    static final String HEADER = "X-Request-Id";
    static final Logger LOG = LoggerFactory.getLogger("newsdesk.access");
    private static final String ATTRIBUTE = "newsdesk.requestId";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_LOGGED_PATH = 200;

    /** Before every request: adopt or create its id. */
    void before(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && ACCEPTED_ID.matcher(given).matches() ? given : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The id {@link #before} gave this request, or "-". */
    static String requestId(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    /** After every request (Javalin's request logger): the access line. */
    void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info("{} {} {} {}ms id={}", ctx.method().name(), printable(ctx.path()), ctx.statusCode(),
                Math.round(millis), requestId(ctx));
    }

    /** The path as sent, without the query string (never part of {@code path()}), control characters or excess. */
    static String printable(String path) {
        String value = path == null ? "" : path;
        if (value.length() > MAX_LOGGED_PATH) {
            value = value.substring(0, MAX_LOGGED_PATH) + "…";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
