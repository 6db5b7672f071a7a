package newsdesk.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Knobs of the HTTP surface.
 *
 * <ul>
 *   <li>{@code host} ({@code NEWSDESK_HOST}, default {@value #DEFAULT_HOST}) and {@code port} ({@code NEWSDESK_PORT},
 *   default {@value #DEFAULT_PORT}) to listen on;</li>
 *   <li>{@code allowedOrigins} ({@code NEWSDESK_ALLOWED_ORIGINS}, a comma-separated list of origins such as
 *   {@code https://news.example.com}): sites that may call the API from the browser (CORS) and embed the chat
 *   widget (CSP {@code frame-ancestors}); empty by default, which means same-origin only;</li>
 *   <li>{@code maxQuestionChars} ({@code NEWSDESK_MAX_QUESTION_CHARS}, default {@value #DEFAULT_MAX_QUESTION_CHARS}):
 *   longer questions are refused with 413.</li>
 * </ul>
 */
public record WebSettings(String host, int port, Set<String> allowedOrigins, int maxQuestionChars) {

    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_MAX_QUESTION_CHARS = 2000;
    public static final WebSettings DEFAULTS =
            new WebSettings(DEFAULT_HOST, DEFAULT_PORT, Set.of(), DEFAULT_MAX_QUESTION_CHARS);

    public WebSettings {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (maxQuestionChars < 1) {
            throw new IllegalArgumentException("maxQuestionChars must be positive, got " + maxQuestionChars);
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : allowedOrigins == null ? Set.<String>of() : allowedOrigins) {
            origins.add(normalizeOrigin(origin));
        }
        allowedOrigins = Set.copyOf(origins);
    }

    /** Reads the {@code NEWSDESK_*} variables listed above; missing ones take their defaults. */
    public static WebSettings fromEnv(Map<String, String> env) {
        String origins = env.getOrDefault("NEWSDESK_ALLOWED_ORIGINS", "");
        Set<String> allowed = new LinkedHashSet<>();
        Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(allowed::add);
        return new WebSettings(env.get("NEWSDESK_HOST"),
                intVar(env, "NEWSDESK_PORT", DEFAULT_PORT), allowed,
                intVar(env, "NEWSDESK_MAX_QUESTION_CHARS", DEFAULT_MAX_QUESTION_CHARS));
    }

    /** The same settings with a different list of allowed origins. */
    public WebSettings withAllowedOrigins(Set<String> origins) {
        return new WebSettings(host, port, origins, maxQuestionChars);
    }

    /** Whether a browser origin (the {@code Origin} request header) is on the allow list: exact match only. */
    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /**
     * Checks that {@code origin} is a bare {@code scheme://host[:port]} and lower-cases it; anything else (a path, a
     * wildcard, a missing scheme) is a configuration mistake reported at start-up.
     */
    static String normalizeOrigin(String origin) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (!value.matches("https?://[a-z0-9.\\-\\[\\]:]+")) {
            throw new IllegalArgumentException("NEWSDESK_ALLOWED_ORIGINS entry '" + origin.strip()
                    + "' is not an origin like https://news.example.com (scheme and host, optional port, no path)");
        }
        return value;
    }

    private static int intVar(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }
}
