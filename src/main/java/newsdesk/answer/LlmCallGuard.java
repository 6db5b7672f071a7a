package newsdesk.answer;

import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * Admission and accounting for model calls: at most {@code maxConcurrent} calls at once (a call beyond the cap is
 * refused at once, never queued), and a circuit breaker that opens when at least half of the last
 * {@code breakerCalls} calls failed, refuses calls for {@code breakerOpenFor} (on the given {@link Clock}), then lets
 * one trial call through.
 *
 * <p>Every admitted call ends with {@link #release()}, after exactly one of {@link #succeeded}, {@link #failed} or
 * {@link #abandon()} (a call that ended neither way, such as an interrupted one, and counts for nothing).
 */
final class LlmCallGuard {

    /** The share of failed calls in the window that opens the breaker, in percent. */
    private static final float FAILURE_RATE_THRESHOLD = 50;

    private final Semaphore permits;
    private final CircuitBreaker breaker;

    LlmCallGuard(LlmSettings settings, Clock clock) {
        this.permits = new Semaphore(settings.maxConcurrent());
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindow(settings.breakerCalls(), settings.breakerCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(FAILURE_RATE_THRESHOLD)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .writableStackTraceEnabled(false)
                .build());
    }

    /** The circuit breaker's state: CLOSED, OPEN or HALF_OPEN. */
    String state() {
        return breaker.getState().name();
    }

    /** Admits one call, or refuses it (BUSY when every slot is taken, CIRCUIT_OPEN when the breaker is open). */
    void admit() throws LlmCallException {
        if (!permits.tryAcquire()) {
            throw new LlmCallException(LlmCallException.Reason.BUSY, "all model call slots are busy", null);
        }
        if (!breaker.tryAcquirePermission()) {
            permits.release();
            throw new LlmCallException(LlmCallException.Reason.CIRCUIT_OPEN, "the model circuit is open", null);
        }
    }

    /** Frees the admitted call's slot. */
    void release() {
        permits.release();
    }

    /** The admitted call ended without a verdict: it counts neither as a success nor as a failure. */
    void abandon() {
        breaker.releasePermission();
    }

    /**
     * The call started at {@code started} ({@link System#nanoTime()}) replied {@code text}: a success when the text is
     * not blank, else a failure thrown as EMPTY.
     */
    String succeeded(long started, String text) throws LlmCallException {
        if (text == null || text.isBlank()) {
            throw failed(started, LlmCallException.Reason.EMPTY, "the model replied with no text", null);
        }
        breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return text;
    }

    /** Counts the call started at {@code started} as failed and returns the exception to throw. */
    LlmCallException failed(long started, LlmCallException.Reason reason, String message, Throwable cause) {
        breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS,
                cause != null ? cause : new IllegalStateException(message));
        return new LlmCallException(reason, message, cause);
    }
}
