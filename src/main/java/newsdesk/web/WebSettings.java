package newsdesk.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newsdesk.qa.QaService;

/**
 * Knobs of the HTTP surface.
 *
 * <ul>
 *   <li>{@code allowedOrigins} ({@code NEWSDESK_ALLOWED_ORIGINS}, a comma-separated list of origins such as
 *   {@code https://news.example.com}): sites that may call the API from the browser (CORS) and embed the chat
 *   widget (CSP {@code frame-ancestors}); empty by default, which means same-origin only;</li>
 *   <li>{@code maxQuestionChars} ({@code NEWSDESK_MAX_QUESTION_CHARS}, default {@value #DEFAULT_MAX_QUESTION_CHARS}):
 *   longer questions are refused with 413; at most {@link QaService#MAX_QUESTION_CHARS}, which the service
 *   enforces anyway;</li>
 *   <li>{@code limits}: rates, answering concurrency, request threads and trusted proxies ({@link Limits});</li>
 *   <li>{@code publicHosts} ({@code NEWSDESK_PUBLIC_HOSTS}, comma-separated host names such as
 *   {@code news.example.com}): the names, besides {@code localhost} and IP addresses, that requests may carry in
 *   {@code Host}; any other is refused with 421 ({@link HostNames}, against DNS rebinding);</li>
 *   <li>{@code connections}: per-client connection cap, minimum request data rate, webhook rate
 *   ({@link ConnectionLimits}).</li>
 * </ul>
 *
 * <p>Where to listen is not here: {@code NEWSDESK_HOST} and {@code NEWSDESK_PORT} already live in
 * {@link newsdesk.Settings}.
 */
public record WebSettings(Set<String> allowedOrigins, int maxQuestionChars, Limits limits, Set<String> publicHosts,
                          ConnectionLimits connections) {

    public static final int DEFAULT_MAX_QUESTION_CHARS = 2000;
    public static final WebSettings DEFAULTS = new WebSettings(Set.of(), DEFAULT_MAX_QUESTION_CHARS, Limits.DEFAULTS,
            Set.of(), ConnectionLimits.DEFAULTS);

    public WebSettings {
        if (limits == null || connections == null) {
            throw new IllegalArgumentException("limits are required (Limits.DEFAULTS, ConnectionLimits.DEFAULTS)");
        }
        if (maxQuestionChars < 1 || maxQuestionChars > QaService.MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("NEWSDESK_MAX_QUESTION_CHARS must be in 1.."
                    + QaService.MAX_QUESTION_CHARS + ", got " + maxQuestionChars);
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : allowedOrigins == null ? Set.<String>of() : allowedOrigins) {
            origins.add(normalizeOrigin(origin));
        }
        allowedOrigins = Set.copyOf(origins);
        Set<String> hosts = new LinkedHashSet<>();
        for (String host : publicHosts == null ? Set.<String>of() : publicHosts) {
            hosts.add(HostNames.normalize(host));
        }
        publicHosts = Set.copyOf(hosts);
    }

    /** Reads the {@code NEWSDESK_*} variables listed above; missing ones take their defaults. */
    public static WebSettings fromEnv(Map<String, String> env) {
        String origins = env.getOrDefault("NEWSDESK_ALLOWED_ORIGINS", "");
        Set<String> allowed = new LinkedHashSet<>();
        Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(allowed::add);
        Set<String> hosts = new LinkedHashSet<>();
        Arrays.stream(env.getOrDefault("NEWSDESK_PUBLIC_HOSTS", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(hosts::add);
        return new WebSettings(allowed, intVar(env, "NEWSDESK_MAX_QUESTION_CHARS", DEFAULT_MAX_QUESTION_CHARS),
                Limits.fromEnv(env), hosts, ConnectionLimits.fromEnv(env));
    }

    /** The same settings with a different list of allowed origins. */
    public WebSettings withAllowedOrigins(Set<String> origins) {
        return new WebSettings(origins, maxQuestionChars, limits, publicHosts, connections);
    }

    /** The same settings with different {@link Limits}. */
    public WebSettings withLimits(Limits newLimits) {
        return new WebSettings(allowedOrigins, maxQuestionChars, newLimits, publicHosts, connections);
    }

    /** The same settings with different public host names. */
    public WebSettings withPublicHosts(Set<String> hosts) {
        return new WebSettings(allowedOrigins, maxQuestionChars, limits, hosts, connections);
    }

    /** The same settings with different {@link ConnectionLimits}. */
    public WebSettings withConnections(ConnectionLimits newConnections) {
        return new WebSettings(allowedOrigins, maxQuestionChars, limits, publicHosts, newConnections);
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
        return Limits.intVar(env, name, fallback);
    }
}
