package newsdesk.admin;

import java.util.Map;

/**
 * Knobs of the admin API.
 *
 * <ul>
 *   <li>{@code token} ({@code NEWSDESK_ADMIN_TOKEN}): the bearer token the admin routes require; unset (the default),
 *   {@code serve} generates one and keeps it in the data directory ({@link AdminToken});</li>
 *   <li>{@code maxRequestBytes} ({@code NEWSDESK_ADMIN_MAX_REQUEST_BYTES}, default {@value #DEFAULT_MAX_REQUEST_BYTES}):
 *   the largest {@code POST /api/articles} body;</li>
 *   <li>{@code maxFileBytes} ({@code NEWSDESK_ADMIN_MAX_FILE_BYTES}, default {@value #DEFAULT_MAX_FILE_BYTES}): the
 *   largest single uploaded file.</li>
 * </ul>
 */
public record AdminSettings(String token, long maxRequestBytes, long maxFileBytes) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 32L * 1024 * 1024;
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Tokens shorter than this are refused at start-up: they can be guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public AdminSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("NEWSDESK_ADMIN_TOKEN must have at least " + MIN_TOKEN_LENGTH
                    + " characters (try: openssl rand -hex 32)");
        }
        if (maxRequestBytes < 1 || maxFileBytes < 1 || maxFileBytes > maxRequestBytes) {
            throw new IllegalArgumentException("admin size limits must be positive and a file no larger than a request");
        }
    }

    public static AdminSettings fromEnv(Map<String, String> env) {
        return new AdminSettings(env.get("NEWSDESK_ADMIN_TOKEN"),
                longVar(env, "NEWSDESK_ADMIN_MAX_REQUEST_BYTES", DEFAULT_MAX_REQUEST_BYTES),
                longVar(env, "NEWSDESK_ADMIN_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES));
    }

    public boolean hasToken() {
        return token != null;
    }

    /** The same limits with {@code newToken} (the one generated when none is configured). */
    public AdminSettings withToken(String newToken) {
        return new AdminSettings(newToken, maxRequestBytes, maxFileBytes);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "AdminSettings[token=" + (token == null ? "unset" : "set") + ", maxRequestBytes=" + maxRequestBytes
                + ", maxFileBytes=" + maxFileBytes + "]";
    }

    private static long longVar(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of bytes, got '" + value + "'", e);
        }
    }
}
