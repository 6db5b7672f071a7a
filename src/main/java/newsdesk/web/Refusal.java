package newsdesk.web;

import java.util.Map;

/**
 * A request an HTTP surface (web, admin, Slack) itself turns away before (or instead of) calling the service: too
 * large, wrong media type, unauthorized, too many requests, overloaded. {@link ErrorMapper} answers it with
 * {@code status}, {@code {"error":{"code","message"}}} and {@code headers} (such as {@code Retry-After} or
 * {@code WWW-Authenticate}).
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public Refusal(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** A refusal that tells the client to retry after {@code retryAfterSeconds} (none when 0). */
    public Refusal(int status, String code, String message, long retryAfterSeconds) {
        this(status, code, message, retryAfterSeconds > 0
                ? Map.of("Retry-After", Long.toString(retryAfterSeconds)) : Map.of());
    }

    public Refusal(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a refusal is a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds the client should wait before retrying (0: no advice). */
    long retryAfterSeconds() {
        String seconds = headers.get("Retry-After");
        return seconds == null ? 0 : Long.parseLong(seconds);
    }

    /** Response headers that go with the error body. */
    public Map<String, String> headers() {
        return headers;
    }
}
