package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When {@code serve} refuses to start because the admin token is too weak for the address it listens on. */
class ExposureTest {

    private static final String STRONG = "0123456789abcdef0123456789abcdef"; // 32 bytes
    private static final String WEAK = "0123456789abcdef0123456789abcde"; // 31 bytes

    @ParameterizedTest(name = "{0} with a {1}-byte token starts")
    @CsvSource({"127.0.0.1, weak", "localhost, weak", "::1, weak", "[::1], weak", "127.0.0.2, weak",
        "0.0.0.0, strong", "192.0.2.10, strong", "0.0.0.0, none", "0.0.0.0, blank"})
    void starts(String host, String token) {
        assertThatCode(() -> Exposure.check(host, token(token))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} with a short token is refused")
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "[2001:db8::1]"})
    void refusesShortTokensOffLoopback(String host) {
        assertThatThrownBy(() -> Exposure.check(host, WEAK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to start").hasMessageContaining("31 bytes")
                .hasMessageContaining("at least 32 bytes").hasMessageNotContaining(WEAK);
    }

    @Test
    void countsBytesNotCharacters() {
        String elevenEuros = "€".repeat(11); // 11 characters, 33 bytes in UTF-8
        assertThatCode(() -> Exposure.check("0.0.0.0", elevenEuros)).doesNotThrowAnyException();
        assertThat(Exposure.isLoopback("0.0.0.0")).isFalse();
    }

    private static String token(String kind) {
        return switch (kind) {
            case "strong" -> STRONG;
            case "weak" -> WEAK;
            case "blank" -> "   ";
            default -> null;
        };
    }
}
