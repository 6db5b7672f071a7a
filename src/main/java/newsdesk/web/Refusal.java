package newsdesk.web;

/**
 * A request the HTTP surface itself turns away before (or instead of) calling the service: too large, wrong media
 * type, too many requests, overloaded. {@link ErrorMapper} answers it with {@code status}, {@code {"error":{"code",
 * "message"}}} and, when {@code retryAfterSeconds > 0}, a {@code Retry-After} header.
 */
final class Refusal extends RuntimeException {

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    Refusal(int status, String code, String message) {
        this(status, code, message, 0);
    }

    Refusal(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
