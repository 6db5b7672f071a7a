package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code NEWSDESK_*} variables of {@link Limits}: defaults, parsing and refusals at start-up. */
class LimitsSettingsTest {

    @Test
    void defaultsWithoutVariables() {
        assertThat(Limits.fromEnv(Map.of())).isEqualTo(Limits.DEFAULTS);
        assertThat(WebSettings.fromEnv(Map.of()).limits()).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void readsEveryVariable() {
        Limits limits = Limits.fromEnv(Map.of("NEWSDESK_RATE_LIMIT_PER_MINUTE", "120",
                "NEWSDESK_RATE_LIMIT_BURST", "40", "NEWSDESK_CONVERSATION_TURNS_PER_MINUTE", "0",
                "NEWSDESK_MAX_CONCURRENT_ANSWERS", "4", "NEWSDESK_ANSWER_QUEUE", "16",
                "NEWSDESK_ANSWER_WAIT_MS", "2500", "NEWSDESK_HTTP_THREADS", "64",
                "NEWSDESK_TRUSTED_PROXIES", " 10.0.0.0/8, ::1 ,"));

        assertThat(limits).isEqualTo(new Limits(120, 40, 0, 4, 16, Duration.ofMillis(2500), 64,
                List.of("10.0.0.0/8", "::1")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"NEWSDESK_RATE_LIMIT_PER_MINUTE, -1, >= 0", "NEWSDESK_RATE_LIMIT_BURST, 0, >= 1",
        "NEWSDESK_MAX_CONCURRENT_ANSWERS, 0, >= 1", "NEWSDESK_ANSWER_QUEUE, -5, >= 0",
        "NEWSDESK_HTTP_THREADS, 20, health checks", "NEWSDESK_TRUSTED_PROXIES, proxy.internal, CIDR",
        "NEWSDESK_ANSWER_QUEUE, lots, whole number"})
    void refusesNonsense(String name, String value, String message) {
        assertThatThrownBy(() -> Limits.fromEnv(Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
