package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.slack.SlackSettings.ResponseType;

/**
 * Signed requests only: Slack's signature, timestamp window and replay checks on the command and event routes over
 * real HTTP, forged requests refused before anything is asked or posted, and the unsigned certificate probe.
 */
class SlackRequestVerificationTest extends SlackRouteFixture {

    @Test
    void sslCheckIsAcknowledgedWithoutAsking() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        HttpResponse<String> response = harness.command("ssl_check=1&token=legacy-verification-token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(harness.asker.count()).isZero();
    }

    /** Slack sends its certificate probe without signature headers (bolt-js issue 1397 shows one on the wire). */
    @Test
    void unsignedSslCheckFromSlackIsAcknowledgedWithoutAsking() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        HttpResponse<String> response = harness.post(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                "ssl_check=1&token=legacy-verification-token".getBytes(StandardCharsets.UTF_8), Map.of());
        harness.quiesce();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void anUnsignedCommandCannotRideAlongAnSslCheck() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        assertRejected(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                new Request(Map.of(), "ssl_check=1&" + harness.slashCommand(QUESTION)));
        assertRejected(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                new Request(Map.of(), harness.slashCommand(QUESTION) + "&ssl_check=1"));
    }

    @Test
    void slacksDocumentedExampleRequestIsAcceptedOverHttp() throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> new SlackSettings(
                SlackSignatureVerifierTest.DOC_SECRET, FakeSlack.BOT_TOKEN, slack.apiUrl(), ResponseType.IN_CHANNEL,
                null, SlackSettings.MAX_ANSWER_BUDGET, List.of(slack.responseUrlPrefix())));
        Instant captured = Instant.ofEpochSecond(Long.parseLong(SlackSignatureVerifierTest.DOC_TIMESTAMP));
        harness.clock.advance(Duration.between(SlackHarness.NOW, captured).plusSeconds(3));
        Map<String, String> headers = Map.of(
                SlackSignatureVerifier.TIMESTAMP_HEADER, SlackSignatureVerifierTest.DOC_TIMESTAMP,
                SlackSignatureVerifier.SIGNATURE_HEADER, SlackSignatureVerifierTest.DOC_SIGNATURE);
        String body = SlackSignatureVerifierTest.DOC_BODY;

        HttpResponse<String> accepted = harness.post(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8), headers);
        HttpResponse<String> tampered = harness.post(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                body.replace("roadrunner", "roadrunnes").getBytes(StandardCharsets.UTF_8), headers);
        harness.clock.advance(Duration.ofSeconds(301));
        HttpResponse<String> replayed = harness.post(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8), headers);
        harness.quiesce();

        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode usage = JSON.readTree(accepted.body());
        assertThat(usage.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(usage.get("text").asText()).contains("--private");
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(tampered.body()).get("error").get("code").asText()).isEqualTo("signature_invalid");
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(replayed.body()).get("error").get("code").asText()).isEqualTo("timestamp_stale");
        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    @Test
    void aReplayedSlashCommandIsRefusedWithinTheWindow() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        String form = harness.slashCommand(QUESTION);

        assertThat(harness.command(form).statusCode()).isEqualTo(200);
        harness.clock.advance(Duration.ofMinutes(4));
        String ts = String.valueOf(harness.clock.instant().minus(Duration.ofMinutes(4)).getEpochSecond());
        HttpResponse<String> replay = harness.post(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                SlackHarness.signature(SlackHarness.SECRET, ts, form));
        HttpResponse<String> sameTextLater = harness.command(form);

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);
        assertThat(JSON.readTree(replay.body()).get("error").get("code").asText()).isEqualTo("replayed");
        assertThat(sameTextLater.statusCode()).isEqualTo(200);
        assertThat(harness.asker.count()).isEqualTo(2);
    }

    @Test
    void webhookRequestsThatCannotBeValidAreRefusedWithoutReadingTheirBody() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        String fresh = String.valueOf(harness.clock.instant().getEpochSecond());
        String stale = String.valueOf(harness.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond());
        String signature = "X-Slack-Signature: v0=" + "0".repeat(64) + "\r\n";
        assertThat(unsentBody(SlackRoutes.EVENTS_PATH, "X-Slack-Request-Timestamp: " + stale + "\r\n" + signature))
                .startsWith("HTTP/1.1 401").contains("timestamp_stale");
        assertThat(unsentBody(SlackRoutes.EVENTS_PATH, "")).startsWith("HTTP/1.1 401").contains("signature_missing");
        assertThat(unsentBody(SlackRoutes.COMMANDS_PATH, "")).startsWith("HTTP/1.1 401")
                .contains("signature_missing");
        assertThat(unsentBody(SlackRoutes.COMMANDS_PATH, "X-Slack-Request-Timestamp: " + fresh + "\r\n"
                + "X-Slack-Signature: v1=abc\r\n")).startsWith("HTTP/1.1 401").contains("signature_version_unsupported");
        assertThat(harness.asker.count()).isZero();
    }

    /** Headers announcing a 60,000-byte body of which 10 bytes are sent; returns what the server answers. */
    private String unsentBody(String path, String headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", harness.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n"
                    + "text=hello").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n = socket.getInputStream().read(buffer); n > 0; n = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(java.nio.charset.StandardCharsets.UTF_8).contains("}}")) {
                        break;
                    }
                }
            } catch (java.io.IOException e) {
                // reset after a refusal: what arrived is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(
                Arguments.of("wrong secret", (Forgery) (ts, body) -> forged("not-the-secret", ts, body, body)),
                Arguments.of("one byte of the body changed",
                        (Forgery) (ts, body) -> forged(SlackHarness.SECRET, ts, body, body.replaceFirst("e", "f"))),
                Arguments.of("one character of the signature changed", (Forgery) (ts, body) -> {
                    Map<String, String> h = SlackHarness.signature(SlackHarness.SECRET, ts, body);
                    String sig = h.get(SlackSignatureVerifier.SIGNATURE_HEADER);
                    char last = sig.charAt(sig.length() - 1);
                    String changed = sig.substring(0, sig.length() - 1) + (last == '0' ? '1' : '0');
                    return new Request(Map.of(SlackSignatureVerifier.TIMESTAMP_HEADER, ts,
                            SlackSignatureVerifier.SIGNATURE_HEADER, changed), body);
                }),
                Arguments.of("missing signature header", (Forgery) (ts, body) -> new Request(
                        Map.of(SlackSignatureVerifier.TIMESTAMP_HEADER, ts), body)),
                Arguments.of("missing timestamp header", (Forgery) (ts, body) -> new Request(Map.of(
                        SlackSignatureVerifier.SIGNATURE_HEADER,
                        SlackHarness.signature(SlackHarness.SECRET, ts, body)
                                .get(SlackSignatureVerifier.SIGNATURE_HEADER)), body)),
                Arguments.of("no headers at all", (Forgery) (ts, body) -> new Request(Map.of(), body)),
                Arguments.of("non-numeric timestamp",
                        (Forgery) (ts, body) -> forged(SlackHarness.SECRET, ts + "a", body, body)),
                Arguments.of("timestamp 301 s old", (Forgery) (ts, body) ->
                        forged(SlackHarness.SECRET, String.valueOf(Long.parseLong(ts) - 301), body, body)),
                Arguments.of("timestamp 301 s ahead", (Forgery) (ts, body) ->
                        forged(SlackHarness.SECRET, String.valueOf(Long.parseLong(ts) + 301), body, body)),
                Arguments.of("v1= prefix", (Forgery) (ts, body) -> {
                    String sig = SlackHarness.signature(SlackHarness.SECRET, ts, body)
                            .get(SlackSignatureVerifier.SIGNATURE_HEADER);
                    return new Request(Map.of(SlackSignatureVerifier.TIMESTAMP_HEADER, ts,
                            SlackSignatureVerifier.SIGNATURE_HEADER, "v1=" + sig.substring(3)), body);
                }));
    }

    @ParameterizedTest(name = "slash command: {0}")
    @MethodSource("forgeries")
    void forgedCommandIsRejectedBeforeAnything(String name, Forgery forgery) throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        assertRejected(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded",
                forgery.apply(ts(), harness.slashCommand(QUESTION)));
    }

    @ParameterizedTest(name = "event: {0}")
    @MethodSource("forgeries")
    void forgedEventIsRejectedBeforeAnything(String name, Forgery forgery) throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        assertRejected(SlackRoutes.EVENTS_PATH, "application/json",
                forgery.apply(ts(), SlackEvents.mention("EvForged", "1756720800.000100", null)));
    }

    @Test
    void forgedUrlVerificationIsRejected() throws Exception {
        start(SlackSettings.MAX_ANSWER_BUDGET);
        assertRejected(SlackRoutes.EVENTS_PATH, "application/json",
                forged("wrong", ts(), SlackEvents.urlVerification("abc"), SlackEvents.urlVerification("abc")));
    }

    private void assertRejected(String path, String contentType, Request request) throws Exception {
        HttpResponse<String> response = harness.post(path, contentType,
                request.body().getBytes(StandardCharsets.UTF_8), request.headers());
        harness.quiesce();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(harness.asker.count()).isZero();
        assertThat(harness.slack.calls()).isEmpty();
    }

    private String ts() {
        return String.valueOf(harness.clock.instant().getEpochSecond());
    }

    private static Request forged(String secret, String ts, String signedBody, String sentBody) {
        return new Request(SlackHarness.signature(secret, ts, signedBody), sentBody);
    }

    record Request(Map<String, String> headers, String body) {
    }

    @FunctionalInterface
    interface Forgery {
        Request apply(String timestamp, String body);
    }
}
