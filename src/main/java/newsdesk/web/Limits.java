package newsdesk.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How much the HTTP surface accepts before it refuses: per-client and per-conversation rates, answering concurrency
 * and the request thread pool.
 *
 * <ul>
 *   <li>{@code ratePerMinute} ({@code NEWSDESK_RATE_LIMIT_PER_MINUTE}, default {@value #DEFAULT_RATE_PER_MINUTE};
 *   0 turns it off) and {@code rateBurst} ({@code NEWSDESK_RATE_LIMIT_BURST}, default {@value #DEFAULT_RATE_BURST}):
 *   the token bucket each client gets for {@code /api/ask}, {@code /api/ask/stream} and {@code /api/search};
 *   beyond it, 429 with {@code Retry-After};</li>
 *   <li>{@code conversationTurnsPerMinute} ({@code NEWSDESK_CONVERSATION_TURNS_PER_MINUTE}, default
 *   {@value #DEFAULT_CONVERSATION_TURNS_PER_MINUTE}; 0 turns it off): follow-ups one conversation may ask per minute
 *   (a bucket that holds as many turns), whatever the client;</li>
 *   <li>{@code maxConcurrentAnswers} ({@code NEWSDESK_MAX_CONCURRENT_ANSWERS}, default
 *   {@value #DEFAULT_MAX_CONCURRENT_ANSWERS}), {@code answerQueue} ({@code NEWSDESK_ANSWER_QUEUE}, default
 *   {@value #DEFAULT_ANSWER_QUEUE}) and {@code answerWait} ({@code NEWSDESK_ANSWER_WAIT_MS}, default 10 s): at most
 *   this many answers (or searches) run at once, at most this many more wait for a turn, none waits longer; beyond
 *   that, 503 with {@code Retry-After};</li>
 *   <li>{@code httpThreads} ({@code NEWSDESK_HTTP_THREADS}, default {@value #DEFAULT_HTTP_THREADS}): the most
 *   request threads the server ever runs;</li>
 *   <li>{@code trustedProxies} ({@code NEWSDESK_TRUSTED_PROXIES}, comma-separated IP addresses or CIDR blocks, empty by
 *   default): peers whose {@code X-Forwarded-For} is believed (see {@link ClientAddress}).</li>
 * </ul>
 */
public record Limits(
        int ratePerMinute,
        int rateBurst,
        int conversationTurnsPerMinute,
        int maxConcurrentAnswers,
        int answerQueue,
        Duration answerWait,
        int httpThreads,
        List<String> trustedProxies) {

    public static final int DEFAULT_RATE_PER_MINUTE = 60;
    public static final int DEFAULT_RATE_BURST = 20;
    public static final int DEFAULT_CONVERSATION_TURNS_PER_MINUTE = 10;
    public static final int DEFAULT_MAX_CONCURRENT_ANSWERS = 8;
    public static final int DEFAULT_ANSWER_QUEUE = 32;
    public static final Duration DEFAULT_ANSWER_WAIT = Duration.ofSeconds(10);
    public static final int DEFAULT_HTTP_THREADS = 200;
    /** Threads kept free of answering for health checks, static files and refusals. */
    static final int RESERVED_HTTP_THREADS = 8;

    public static final Limits DEFAULTS = new Limits(DEFAULT_RATE_PER_MINUTE, DEFAULT_RATE_BURST,
            DEFAULT_CONVERSATION_TURNS_PER_MINUTE, DEFAULT_MAX_CONCURRENT_ANSWERS, DEFAULT_ANSWER_QUEUE,
            DEFAULT_ANSWER_WAIT, DEFAULT_HTTP_THREADS, List.of());

    public Limits {
        if (ratePerMinute < 0 || rateBurst < 1 || conversationTurnsPerMinute < 0) {
            throw new IllegalArgumentException("NEWSDESK_RATE_LIMIT_PER_MINUTE and "
                    + "NEWSDESK_CONVERSATION_TURNS_PER_MINUTE must be >= 0 (0 = off), "
                    + "NEWSDESK_RATE_LIMIT_BURST >= 1");
        }
        if (maxConcurrentAnswers < 1 || answerQueue < 0 || answerWait.isNegative()) {
            throw new IllegalArgumentException("NEWSDESK_MAX_CONCURRENT_ANSWERS must be >= 1, NEWSDESK_ANSWER_QUEUE "
                    + "and NEWSDESK_ANSWER_WAIT_MS >= 0");
        }
        if (httpThreads < maxConcurrentAnswers + answerQueue + RESERVED_HTTP_THREADS) {
            throw new IllegalArgumentException("NEWSDESK_HTTP_THREADS (" + httpThreads + ") must exceed "
                    + "NEWSDESK_MAX_CONCURRENT_ANSWERS + NEWSDESK_ANSWER_QUEUE by at least " + RESERVED_HTTP_THREADS
                    + ", so that health checks still get a thread when answering is saturated");
        }
        trustedProxies = List.copyOf(trustedProxies);
        ClientAddress.parseTrusted(trustedProxies);
    }

    /** Reads the {@code NEWSDESK_*} variables listed above; missing ones take their defaults. */
    public static Limits fromEnv(Map<String, String> env) {
        String proxies = env.getOrDefault("NEWSDESK_TRUSTED_PROXIES", "");
        return new Limits(
                intVar(env, "NEWSDESK_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_PER_MINUTE),
                intVar(env, "NEWSDESK_RATE_LIMIT_BURST", DEFAULT_RATE_BURST),
                intVar(env, "NEWSDESK_CONVERSATION_TURNS_PER_MINUTE", DEFAULT_CONVERSATION_TURNS_PER_MINUTE),
                intVar(env, "NEWSDESK_MAX_CONCURRENT_ANSWERS", DEFAULT_MAX_CONCURRENT_ANSWERS),
                intVar(env, "NEWSDESK_ANSWER_QUEUE", DEFAULT_ANSWER_QUEUE),
                Duration.ofMillis(intVar(env, "NEWSDESK_ANSWER_WAIT_MS", (int) DEFAULT_ANSWER_WAIT.toMillis())),
                intVar(env, "NEWSDESK_HTTP_THREADS", DEFAULT_HTTP_THREADS),
                Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** The same limits with the per-client rate changed (0 = off). */
    public Limits withRate(int perMinute, int burst) {
        return new Limits(perMinute, burst, conversationTurnsPerMinute, maxConcurrentAnswers, answerQueue, answerWait,
                httpThreads, trustedProxies);
    }

    /** The same limits with a different per-conversation rate (0 = off). */
    public Limits withConversationTurnsPerMinute(int turns) {
        return new Limits(ratePerMinute, rateBurst, turns, maxConcurrentAnswers, answerQueue, answerWait,
                httpThreads, trustedProxies);
    }

    /** The same limits with different answering concurrency, queue and wait. */
    public Limits withAnswering(int concurrent, int queue, Duration wait) {
        return new Limits(ratePerMinute, rateBurst, conversationTurnsPerMinute, concurrent, queue, wait,
                Math.max(httpThreads, concurrent + queue + RESERVED_HTTP_THREADS), trustedProxies);
    }

    /** The same limits with a different request thread pool size. */
    public Limits withHttpThreads(int threads) {
        return new Limits(ratePerMinute, rateBurst, conversationTurnsPerMinute, maxConcurrentAnswers, answerQueue,
                answerWait, threads, trustedProxies);
    }

    /** The same limits believing {@code X-Forwarded-For} from these proxies. */
    public Limits withTrustedProxies(List<String> proxies) {
        return new Limits(ratePerMinute, rateBurst, conversationTurnsPerMinute, maxConcurrentAnswers, answerQueue,
                answerWait, httpThreads, proxies);
    }

    static int intVar(Map<String, String> env, String name, int fallback) {
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
