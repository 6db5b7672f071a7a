package newsdesk.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a request really comes from Slack, following "Verifying requests from Slack": the
 * {@code X-Slack-Signature} header must equal {@code v0=} + hex HMAC-SHA256(signing secret,
 * {@code v0:{X-Slack-Request-Timestamp}:{raw body}}), compared in constant time, and the timestamp must be within
 * {@link #TOLERANCE} of now in either direction (Slack's replay-attack guidance: five minutes). Pure apart from the
 * injected {@link Clock}.
 */
public final class SlackSignatureVerifier {

    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";
    /** Slack documents five minutes as the replay window. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** The only signature version Slack documents. */
    public static final String VERSION = "v0";

    private static final Pattern EPOCH_SECONDS = Pattern.compile("[0-9]{1,12}");

    /** The outcome of a check; everything but {@link #VALID} means 401 and nothing else happens. */
    public enum Verdict {
        VALID("ok", "signature valid"),
        MISSING_HEADERS("signature_missing", "X-Slack-Signature and X-Slack-Request-Timestamp are required"),
        MALFORMED_TIMESTAMP("timestamp_invalid", "X-Slack-Request-Timestamp must be whole seconds since the epoch"),
        STALE_TIMESTAMP("timestamp_stale", "X-Slack-Request-Timestamp is more than five minutes from now"),
        UNSUPPORTED_VERSION("signature_version_unsupported", "only v0 signatures are accepted"),
        BAD_SIGNATURE("signature_invalid", "the request signature does not match");

        private final String code;
        private final String message;

        Verdict(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private final byte[] secret;
    private final Clock clock;

    public SlackSignatureVerifier(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("a Slack signing secret is required");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checks the two headers (either may be {@code null}) against the raw body bytes. */
    public Verdict verify(String timestamp, String signature, byte[] body) {
        Verdict headers = checkHeaders(timestamp, signature);
        if (headers != Verdict.VALID) {
            return headers;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    /**
     * Everything {@link #verify} checks before the body: {@link Verdict#VALID} means only the signature over the body
     * is left to check, so a request that fails here is refused without reading its body.
     */
    public Verdict checkHeaders(String timestamp, String signature) {
        if (timestamp == null || signature == null || timestamp.isEmpty() || signature.isEmpty()) {
            return Verdict.MISSING_HEADERS;
        }
        if (!EPOCH_SECONDS.matcher(timestamp).matches()) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > TOLERANCE.toSeconds()) {
            return Verdict.STALE_TIMESTAMP;
        }
        if (!signature.startsWith(VERSION + "=")) {
            return Verdict.UNSUPPORTED_VERSION;
        }
        return Verdict.VALID;
    }

    /** The {@code X-Slack-Signature} value Slack sends for this timestamp and body. */
    public static String sign(String signingSecret, String timestamp, byte[] body) {
        return sign(signingSecret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }

    private static String sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return VERSION + "=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
