package newsdesk.web;

import java.time.Duration;
import java.util.Map;

/**
 * Knobs against slow and many-connection clients.
 *
 * <ul>
 *   <li>{@code maxConnectionsPerClient} ({@code NEWSDESK_MAX_CONNECTIONS_PER_CLIENT}, default
 *   {@value #DEFAULT_MAX_CONNECTIONS_PER_CLIENT}): open connections one client address (an IPv6 /64) may hold; beyond,
 *   a new connection is closed at once. Trusted proxies ({@code NEWSDESK_TRUSTED_PROXIES}) are not counted.</li>
 *   <li>{@code minRequestBytesPerSecond} ({@code NEWSDESK_MIN_REQUEST_BYTES_PER_SECOND}, default
 *   {@value #DEFAULT_MIN_REQUEST_BYTES_PER_SECOND}; 0 = off): a request body arriving slower than this on average is
 *   cut off, so a trickling client cannot hold a request thread for long (Jetty's idle timeout alone restarts with
 *   every byte).</li>
 *   <li>{@code webhookRatePerMinute} ({@code NEWSDESK_WEBHOOK_RATE_PER_MINUTE}, default
 *   {@value #DEFAULT_WEBHOOK_RATE_PER_MINUTE}; 0 = off): requests one client address may send to the Slack and
 *   Mattermost webhooks per minute, checked before their body is read; beyond: 429.</li>
 *   <li>{@code shutdownGrace} ({@code NEWSDESK_SHUTDOWN_GRACE_SECONDS}, default 10 s, at least 1): how long a
 *   graceful stop (SIGTERM, Ctrl-C) lets requests in flight and queued answers finish before it closes what is
 *   left; set it below the orchestrator's own kill timeout.</li>
 * </ul>
 */
public record ConnectionLimits(int maxConnectionsPerClient, int minRequestBytesPerSecond, int webhookRatePerMinute,
                               Duration shutdownGrace) {

    /** Above the 64 concurrent clients of the overload test and a browser's 6; a NAT'd office shares one address. */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 100;
    /** A question body (at most 16 KB) normally arrives in one packet; 128 B/s cuts a byte-a-second trickle at once. */
    public static final int DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 128;
    public static final int DEFAULT_WEBHOOK_RATE_PER_MINUTE = 120;
    /** Below the 30 s a container orchestrator usually waits before it kills a stopping process. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
            DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, DEFAULT_WEBHOOK_RATE_PER_MINUTE);

    public ConnectionLimits {
        if (maxConnectionsPerClient < 1 || minRequestBytesPerSecond < 0 || webhookRatePerMinute < 0) {
            throw new IllegalArgumentException("NEWSDESK_MAX_CONNECTIONS_PER_CLIENT must be at least 1; "
                    + "NEWSDESK_MIN_REQUEST_BYTES_PER_SECOND and NEWSDESK_WEBHOOK_RATE_PER_MINUTE at least 0");
        }
        if (shutdownGrace.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("NEWSDESK_SHUTDOWN_GRACE_SECONDS must be at least 1");
        }
    }

    public ConnectionLimits(int maxConnectionsPerClient, int minRequestBytesPerSecond, int webhookRatePerMinute) {
        this(maxConnectionsPerClient, minRequestBytesPerSecond, webhookRatePerMinute, DEFAULT_SHUTDOWN_GRACE);
    }

    /** Reads the variables listed above; missing ones take their defaults. */
    public static ConnectionLimits fromEnv(Map<String, String> env) {
        return new ConnectionLimits(
                Limits.intVar(env, "NEWSDESK_MAX_CONNECTIONS_PER_CLIENT", DEFAULT_MAX_CONNECTIONS_PER_CLIENT),
                Limits.intVar(env, "NEWSDESK_MIN_REQUEST_BYTES_PER_SECOND", DEFAULT_MIN_REQUEST_BYTES_PER_SECOND),
                Limits.intVar(env, "NEWSDESK_WEBHOOK_RATE_PER_MINUTE", DEFAULT_WEBHOOK_RATE_PER_MINUTE),
                Duration.ofSeconds(Limits.intVar(env, "NEWSDESK_SHUTDOWN_GRACE_SECONDS",
                        (int) DEFAULT_SHUTDOWN_GRACE.toSeconds())));
    }
}
