package newsdesk.cli;

import java.nio.charset.StandardCharsets;

import newsdesk.admin.AdminAccess;

/**
 * Start-up refusal for a server that would expose the admin API with a guessable token: on an address other than
 * loopback, {@code NEWSDESK_ADMIN_TOKEN}, when set, must be at least {@value #MIN_EXPOSED_TOKEN_BYTES} bytes.
 * (Without one, {@code serve} uses a generated 64-character token kept in the data directory.)
 */
final class Exposure {

    static final int MIN_EXPOSED_TOKEN_BYTES = 32;

    private Exposure() {
    }

    /** Throws {@link IllegalArgumentException} with what to do when {@code host} and {@code adminToken} are unsafe. */
    static void check(String host, String adminToken) {
        if (adminToken == null || adminToken.isBlank() || isLoopback(host)) {
            return;
        }
        int bytes = adminToken.strip().getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_EXPOSED_TOKEN_BYTES) {
            throw new IllegalArgumentException("refusing to start: NEWSDESK_ADMIN_TOKEN has " + bytes + " bytes, and a "
                    + "server listening on " + host + " (not a loopback address) needs an admin token of at least "
                    + MIN_EXPOSED_TOKEN_BYTES + " bytes; generate one with `openssl rand -hex 32`, or listen on "
                    + "127.0.0.1");
        }
    }

    /** Whether every address {@code host} names is a loopback address (127.0.0.0/8, ::1, localhost). */
    static boolean isLoopback(String host) {
        return AdminAccess.isLoopback(host);
    }
}
