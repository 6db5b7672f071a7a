package newsdesk.answer;

/** A language-model call that gave no usable reply; the caller falls back. */
final class LlmCallException extends Exception {

    /** Why no reply came. */
    enum Reason { BUSY, CIRCUIT_OPEN, TIMEOUT, FAILED, EMPTY }

    private final Reason reason;

    LlmCallException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
