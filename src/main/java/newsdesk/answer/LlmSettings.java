package newsdesk.answer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The knobs of the optional language-model answerer, read from {@code NEWSDESK_LLM_*} environment variables (see
 * docs/llm.md). With {@code provider = NONE} (the default) no model is built and answers stay extractive.
 *
 * @param provider       which protocol to speak: none, openai (any OpenAI-compatible server) or ollama
 * @param baseUrl        server address; defaults to OpenAI's or a local Ollama's
 * @param model          model name, required when a provider is set
 * @param apiKey         bearer token for OpenAI-compatible servers; may be {@code null} for local servers
 * @param timeout        the longest one model call may take, first byte to last token, before falling back
 * @param maxConcurrent  model calls allowed at once; a call beyond the cap falls back to extractive at once
 * @param maxTokens      the longest reply the model may generate
 * @param temperature    sampling temperature
 * @param breakerCalls   the circuit breaker opens when at least half of the last this-many calls failed
 * @param breakerOpenFor how long the breaker stays open before one trial call is let through
 * @param promptsDir     where prompt files are read from; missing files fall back to the copies in the jar
 */
public record LlmSettings(
        Provider provider,
        String baseUrl,
        String model,
        String apiKey,
        Duration timeout,
        int maxConcurrent,
        int maxTokens,
        double temperature,
        int breakerCalls,
        Duration breakerOpenFor,
        Path promptsDir) {

    /** The protocol spoken to the model server. */
    public enum Provider { NONE, OPENAI, OLLAMA }

    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_OLLAMA_BASE_URL = "http://localhost:11434";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONCURRENT = 4;
    public static final int DEFAULT_MAX_TOKENS = 600;
    public static final double DEFAULT_TEMPERATURE = 0.1;
    public static final int DEFAULT_BREAKER_CALLS = 5;
    public static final Duration DEFAULT_BREAKER_OPEN_FOR = Duration.ofSeconds(30);
    public static final Path DEFAULT_PROMPTS_DIR = Path.of("prompts");

    /** No model: the extractive answerer alone. */
    public static final LlmSettings NONE = new LlmSettings(Provider.NONE, null, null, null, DEFAULT_TIMEOUT,
            DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, DEFAULT_BREAKER_CALLS,
            DEFAULT_BREAKER_OPEN_FOR, DEFAULT_PROMPTS_DIR);

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        baseUrl = blankToNull(baseUrl);
        model = blankToNull(model);
        apiKey = blankToNull(apiKey);
        if (baseUrl == null) {
            baseUrl = provider == Provider.OLLAMA ? DEFAULT_OLLAMA_BASE_URL : DEFAULT_OPENAI_BASE_URL;
        }
        if (provider != Provider.NONE && model == null) {
            throw new IllegalArgumentException("NEWSDESK_LLM_MODEL is required when NEWSDESK_LLM_PROVIDER is "
                    + provider.name().toLowerCase(Locale.ROOT));
        }
        requirePositive(timeout, "NEWSDESK_LLM_TIMEOUT");
        requirePositive(breakerOpenFor, "NEWSDESK_LLM_BREAKER_OPEN");
        if (maxConcurrent < 1 || maxTokens < 1 || breakerCalls < 1) {
            throw new IllegalArgumentException("NEWSDESK_LLM_MAX_CONCURRENT, NEWSDESK_LLM_MAX_TOKENS and "
                    + "NEWSDESK_LLM_BREAKER_CALLS must be at least 1");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("NEWSDESK_LLM_TEMPERATURE must be between 0 and 2");
        }
        promptsDir = promptsDir == null ? DEFAULT_PROMPTS_DIR : promptsDir;
    }

    /** Reads the settings from environment variables; unset or blank variables take the defaults. */
    public static LlmSettings fromEnv(Map<String, String> env) {
        String provider = env.getOrDefault("NEWSDESK_LLM_PROVIDER", "none").strip().toUpperCase(Locale.ROOT);
        Provider parsed;
        try {
            parsed = Provider.valueOf(provider.isEmpty() ? "NONE" : provider);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("NEWSDESK_LLM_PROVIDER must be none, openai or ollama, not '"
                    + env.get("NEWSDESK_LLM_PROVIDER") + "'", e);
        }
        String promptsDir = blankToNull(env.get("NEWSDESK_PROMPTS_DIR"));
        return new LlmSettings(parsed,
                env.get("NEWSDESK_LLM_BASE_URL"),
                env.get("NEWSDESK_LLM_MODEL"),
                env.get("NEWSDESK_LLM_API_KEY"),
                duration(env, "NEWSDESK_LLM_TIMEOUT", DEFAULT_TIMEOUT),
                integer(env, "NEWSDESK_LLM_MAX_CONCURRENT", DEFAULT_MAX_CONCURRENT),
                integer(env, "NEWSDESK_LLM_MAX_TOKENS", DEFAULT_MAX_TOKENS),
                decimal(env, "NEWSDESK_LLM_TEMPERATURE", DEFAULT_TEMPERATURE),
                integer(env, "NEWSDESK_LLM_BREAKER_CALLS", DEFAULT_BREAKER_CALLS),
                duration(env, "NEWSDESK_LLM_BREAKER_OPEN", DEFAULT_BREAKER_OPEN_FOR),
                promptsDir == null ? DEFAULT_PROMPTS_DIR : Path.of(promptsDir));
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** Like the record's own, but never prints the API key. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey == null ? "none" : "***") + ", timeout=" + timeout + ", maxConcurrent=" + maxConcurrent
                + ", maxTokens=" + maxTokens + ", temperature=" + temperature + ", breakerCalls=" + breakerCalls
                + ", breakerOpenFor=" + breakerOpenFor + ", promptsDir=" + promptsDir + "]";
    }

    /**
     * Parses "30s", "1500ms", "2m", a bare number of seconds, or an ISO-8601 duration such as "PT30S".
     */
    static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            }
            if (value.endsWith("s")) {
                return Duration.ofMillis(Math.round(1000 * Double.parseDouble(value.substring(0, value.length() - 1))));
            }
            if (value.endsWith("m")) {
                return Duration.ofSeconds(Math.round(60 * Double.parseDouble(value.substring(0, value.length() - 1))));
            }
            return Duration.ofMillis(Math.round(1000 * Double.parseDouble(value)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (try 30s or 1500ms)", e);
        }
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static double decimal(Map<String, String> env, String name, double fallback) {
        String value = blankToNull(env.get(name));
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'", e);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
