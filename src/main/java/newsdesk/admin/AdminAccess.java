package newsdesk.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;

import newsdesk.web.Refusal;

/**
 * Who may call the admin routes. With a token: only requests with {@code Authorization: Bearer <token>}, compared in
 * constant time (both sides are hashed, then {@link MessageDigest#isEqual}), and never a token in the URL (it would
 * end up in logs and browser history). Without a token: nobody. Where a request comes from never counts: a same-host
 * proxy or a DNS-rebinding page reaches a loopback server as a local caller.
 */
public final class AdminAccess {

    private static final Set<String> URL_TOKEN_PARAMS = Set.of("token", "access_token", "admin_token", "api_key",
            "apikey", "key", "auth", "authorization", "bearer");

    private final byte[] tokenHash;

    AdminAccess(String token) {
        this.tokenHash = token == null ? null : sha256(token);
    }

    /** Returns when the request may proceed; otherwise throws the {@link Refusal} (a 401 with the Bearer challenge). */
    void require(Context ctx) {
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            boolean secretValue = tokenHash != null && param.getValue().stream()
                    .anyMatch(v -> MessageDigest.isEqual(sha256(v), tokenHash));
            if (URL_TOKEN_PARAMS.contains(param.getKey().toLowerCase(java.util.Locale.ROOT)) || secretValue) {
                throw unauthorized("token_in_url", "send the admin token in an 'Authorization: Bearer' header, "
                        + "never in the URL");
            }
        }
        if (tokenHash == null) {
            throw new Refusal(403, "admin_disabled", "the admin API has no token: set NEWSDESK_ADMIN_TOKEN");
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("unauthorized", "this admin route needs an 'Authorization: Bearer <token>' header");
        }
        if (header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized("unauthorized", "the Authorization header must use the Bearer scheme");
        }
        String presented = header.substring(7).strip();
        if (presented.isEmpty() || !MessageDigest.isEqual(sha256(presented), tokenHash)) {
            throw unauthorized("unauthorized", "the admin token is missing or wrong");
        }
    }

    private static Refusal unauthorized(String code, String message) {
        return new Refusal(401, code, message, Map.of("WWW-Authenticate", "Bearer realm=\"newsdesk-admin\""));
    }

    /** Whether every address {@code host} (the address the server binds) names is a loopback address. */
    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(bare);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
