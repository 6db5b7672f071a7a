package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.testing.MutableClock;

/** The cap on concurrent model calls and the circuit breaker, without a model. */
class LlmCallGuardTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-03T09:00:00Z"));
    private final LlmCallGuard guard = new LlmCallGuard(LlmSettings.fromEnv(Map.of(
            "NEWSDESK_LLM_PROVIDER", "openai", "NEWSDESK_LLM_MODEL", "test-model",
            "NEWSDESK_LLM_MAX_CONCURRENT", "2", "NEWSDESK_LLM_BREAKER_CALLS", "2")), clock);

    @Test
    void refusesACallBeyondTheCapUntilASlotIsReleased() throws LlmCallException {
        guard.admit();
        guard.admit();
        assertThatThrownBy(guard::admit).isInstanceOfSatisfying(LlmCallException.class,
                e -> assertThat(e.reason()).isEqualTo(LlmCallException.Reason.BUSY));

        guard.release();
        guard.admit();
    }

    @Test
    void opensAfterFailuresAndLetsOneTrialThroughOnceTheWaitIsOver() throws LlmCallException {
        fail();
        fail();
        assertThat(guard.state()).isEqualTo("OPEN");
        assertThatThrownBy(guard::admit).isInstanceOfSatisfying(LlmCallException.class,
                e -> assertThat(e.reason()).isEqualTo(LlmCallException.Reason.CIRCUIT_OPEN));

        clock.advance(LlmSettings.DEFAULT_BREAKER_OPEN_FOR.plus(Duration.ofSeconds(1)));
        guard.admit();
        assertThat(guard.state()).isEqualTo("HALF_OPEN");
        assertThat(guard.succeeded(System.nanoTime(), "Kim arrived.")).isEqualTo("Kim arrived.");
        guard.release();
        assertThat(guard.state()).isEqualTo("CLOSED");
    }

    @Test
    void aBlankReplyIsAFailureAndAnAbandonedCallCountsForNothing() throws LlmCallException {
        guard.admit();
        assertThatThrownBy(() -> guard.succeeded(System.nanoTime(), "  ")).isInstanceOfSatisfying(
                LlmCallException.class, e -> assertThat(e.reason()).isEqualTo(LlmCallException.Reason.EMPTY));
        guard.release();
        for (int i = 0; i < 3; i++) {
            guard.admit();
            guard.abandon();
            guard.release();
        }
        assertThat(guard.state()).isEqualTo("CLOSED");

        fail();
        assertThat(guard.state()).as("two failures of the last two calls").isEqualTo("OPEN");
    }

    private void fail() throws LlmCallException {
        guard.admit();
        LlmCallException failure = guard.failed(System.nanoTime(), LlmCallException.Reason.FAILED, "boom", null);
        assertThat(failure.reason()).isEqualTo(LlmCallException.Reason.FAILED);
        assertThat(failure).hasMessage("boom");
        guard.release();
    }
}
