package newsdesk.error;

import java.util.Objects;

/**
 * A request Newsdesk refuses, with a reason a user can act on. Surfaces map {@link Kind} to their own status codes
 * once, at the edge (HTTP 400/404/413/503, a Slack ephemeral message, a CLI exit code).
 */
public class RefusedException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind { INVALID, NOT_FOUND, TOO_LARGE, UNAVAILABLE }

    private final Kind kind;
    private final String code;

    public RefusedException(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    public Kind kind() {
        return kind;
    }

    /** A stable machine-readable code such as {@code question_too_long}. */
    public String code() {
        return code;
    }
}
