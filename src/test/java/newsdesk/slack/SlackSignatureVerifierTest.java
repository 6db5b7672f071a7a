package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.slack.SlackSignatureVerifier.Verdict;

class SlackSignatureVerifierTest {

    /** The worked example of Slack's "Verifying requests from Slack". */
    static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String DOC_TIMESTAMP = "1531420618";
    static final String DOC_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
            + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static final long NOW = Long.parseLong(DOC_TIMESTAMP);
    private final SlackSignatureVerifier verifier = new SlackSignatureVerifier(DOC_SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void signsSlacksDocumentedExample() {
        assertThat(SlackSignatureVerifier.sign(DOC_SECRET, DOC_TIMESTAMP, bytes(DOC_BODY))).isEqualTo(DOC_SIGNATURE);
    }

    @Test
    void acceptsSlacksDocumentedExample() {
        assertThat(verifier.verify(DOC_TIMESTAMP, DOC_SIGNATURE, bytes(DOC_BODY))).isEqualTo(Verdict.VALID);
    }

    static Stream<Arguments> cases() {
        String body = DOC_BODY;
        String flipped = DOC_BODY.replace("foobar", "foobaz");
        String lastCharChanged = DOC_SIGNATURE.substring(0, DOC_SIGNATURE.length() - 1) + "4";
        String firstHexChanged = "v0=b" + DOC_SIGNATURE.substring(4);
        return Stream.of(
                Arguments.of("documented example", DOC_TIMESTAMP, DOC_SIGNATURE, body, Verdict.VALID),
                Arguments.of("wrong secret", DOC_TIMESTAMP, signed("another-secret", DOC_TIMESTAMP, body), body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("one byte of the body changed", DOC_TIMESTAMP, DOC_SIGNATURE, flipped,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("one byte appended to the body", DOC_TIMESTAMP, DOC_SIGNATURE, body + "&",
                        Verdict.BAD_SIGNATURE),
                Arguments.of("last signature character changed", DOC_TIMESTAMP, lastCharChanged, body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("first signature hex digit changed", DOC_TIMESTAMP, firstHexChanged, body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("upper-case hex", DOC_TIMESTAMP, "v0=" + DOC_SIGNATURE.substring(3).toUpperCase(), body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("truncated signature", DOC_TIMESTAMP, DOC_SIGNATURE.substring(0, 40), body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("signature over another timestamp", String.valueOf(NOW - 10), DOC_SIGNATURE, body,
                        Verdict.BAD_SIGNATURE),
                Arguments.of("v1= prefix", DOC_TIMESTAMP, "v1=" + DOC_SIGNATURE.substring(3), body,
                        Verdict.UNSUPPORTED_VERSION),
                Arguments.of("no version prefix", DOC_TIMESTAMP, DOC_SIGNATURE.substring(3), body,
                        Verdict.UNSUPPORTED_VERSION),
                Arguments.of("missing timestamp", null, DOC_SIGNATURE, body, Verdict.MISSING_HEADERS),
                Arguments.of("missing signature", DOC_TIMESTAMP, null, body, Verdict.MISSING_HEADERS),
                Arguments.of("both missing", null, null, body, Verdict.MISSING_HEADERS),
                Arguments.of("empty timestamp", "", DOC_SIGNATURE, body, Verdict.MISSING_HEADERS),
                Arguments.of("non-numeric timestamp", "yesterday", DOC_SIGNATURE, body, Verdict.MALFORMED_TIMESTAMP),
                Arguments.of("fractional timestamp", DOC_TIMESTAMP + ".5", DOC_SIGNATURE, body,
                        Verdict.MALFORMED_TIMESTAMP),
                Arguments.of("signed timestamp", "+" + DOC_TIMESTAMP, DOC_SIGNATURE, body,
                        Verdict.MALFORMED_TIMESTAMP),
                Arguments.of("negative timestamp", "-1", DOC_SIGNATURE, body, Verdict.MALFORMED_TIMESTAMP),
                Arguments.of("padded timestamp", " " + DOC_TIMESTAMP, DOC_SIGNATURE, body,
                        Verdict.MALFORMED_TIMESTAMP),
                Arguments.of("overlong timestamp", "9".repeat(30), DOC_SIGNATURE, body, Verdict.MALFORMED_TIMESTAMP),
                stamped("300 s old", NOW - 300, Verdict.VALID),
                stamped("300 s ahead", NOW + 300, Verdict.VALID),
                stamped("301 s old", NOW - 301, Verdict.STALE_TIMESTAMP),
                stamped("301 s ahead", NOW + 301, Verdict.STALE_TIMESTAMP),
                stamped("a day old", NOW - 86_400, Verdict.STALE_TIMESTAMP),
                stamped("epoch zero", 0, Verdict.STALE_TIMESTAMP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdicts(String name, String timestamp, String signature, String body, Verdict expected) {
        assertThat(verifier.verify(timestamp, signature, bytes(body))).isEqualTo(expected);
    }

    @Test
    void emptyBodyIsSignedToo() {
        String signature = SlackSignatureVerifier.sign(DOC_SECRET, DOC_TIMESTAMP, new byte[0]);
        assertThat(verifier.verify(DOC_TIMESTAMP, signature, new byte[0])).isEqualTo(Verdict.VALID);
        assertThat(verifier.verify(DOC_TIMESTAMP, signature, bytes(" "))).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void requiresASecret() {
        assertThatThrownBy(() -> new SlackSignatureVerifier(" ", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments stamped(String name, long timestamp, Verdict expected) {
        String ts = String.valueOf(timestamp);
        return Arguments.of(name, ts, signed(DOC_SECRET, ts, DOC_BODY), DOC_BODY, expected);
    }

    private static String signed(String secret, String timestamp, String body) {
        return SlackSignatureVerifier.sign(secret, timestamp, bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
