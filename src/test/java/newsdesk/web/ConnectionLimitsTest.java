package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {

    @Test
    void missingVariablesTakeTheDefaults() {
        assertThat(ConnectionLimits.fromEnv(Map.of())).isEqualTo(ConnectionLimits.DEFAULTS);
        assertThat(ConnectionLimits.DEFAULTS.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void readsEveryVariable() {
        ConnectionLimits limits = ConnectionLimits.fromEnv(Map.of("NEWSDESK_MAX_CONNECTIONS_PER_CLIENT", "7",
                "NEWSDESK_MIN_REQUEST_BYTES_PER_SECOND", "0", "NEWSDESK_WEBHOOK_RATE_PER_MINUTE", "30",
                "NEWSDESK_SHUTDOWN_GRACE_SECONDS", "45"));

        assertThat(limits).isEqualTo(new ConnectionLimits(7, 0, 30, Duration.ofSeconds(45)));
    }

    @Test
    void refusesAGraceTooShortToFinishAnything() {
        assertThatThrownBy(() -> ConnectionLimits.fromEnv(Map.of("NEWSDESK_SHUTDOWN_GRACE_SECONDS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEWSDESK_SHUTDOWN_GRACE_SECONDS");
        assertThatThrownBy(() -> ConnectionLimits.fromEnv(Map.of("NEWSDESK_SHUTDOWN_GRACE_SECONDS", "soon")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
    }
}
