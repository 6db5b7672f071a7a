package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmSettingsTest {

    @Test
    void defaultsToNoModel() {
        LlmSettings settings = LlmSettings.fromEnv(Map.of());

        assertThat(settings.enabled()).isFalse();
        assertThat(settings).isEqualTo(LlmSettings.NONE);
        assertThat(settings.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
        assertThat(settings.maxConcurrent()).isEqualTo(4);
        assertThat(settings.promptsDir()).isEqualTo(Path.of("prompts"));
    }

    @Test
    void readsEveryVariable() {
        LlmSettings settings = LlmSettings.fromEnv(Map.ofEntries(
                Map.entry("NEWSDESK_LLM_PROVIDER", "OpenAI"),
                Map.entry("NEWSDESK_LLM_BASE_URL", "http://localhost:8080/v1"),
                Map.entry("NEWSDESK_LLM_MODEL", "qwen2.5-7b-instruct"),
                Map.entry("NEWSDESK_LLM_API_KEY", "sk-secret"),
                Map.entry("NEWSDESK_LLM_TIMEOUT", "12s"),
                Map.entry("NEWSDESK_LLM_MAX_CONCURRENT", "2"),
                Map.entry("NEWSDESK_LLM_MAX_TOKENS", "300"),
                Map.entry("NEWSDESK_LLM_TEMPERATURE", "0.3"),
                Map.entry("NEWSDESK_LLM_BREAKER_CALLS", "8"),
                Map.entry("NEWSDESK_LLM_BREAKER_OPEN", "1m"),
                Map.entry("NEWSDESK_PROMPTS_DIR", "/etc/newsdesk/prompts")));

        assertThat(settings).isEqualTo(new LlmSettings(LlmSettings.Provider.OPENAI, "http://localhost:8080/v1",
                "qwen2.5-7b-instruct", "sk-secret", Duration.ofSeconds(12), 2, 300, 0.3, 8, Duration.ofMinutes(1),
                Path.of("/etc/newsdesk/prompts")));
        assertThat(settings.toString()).doesNotContain("sk-secret");
    }

    @Test
    void defaultsTheBaseUrlPerProvider() {
        assertThat(LlmSettings.fromEnv(Map.of("NEWSDESK_LLM_PROVIDER", "ollama", "NEWSDESK_LLM_MODEL", "llama3.2"))
                .baseUrl()).isEqualTo("http://localhost:11434");
        assertThat(LlmSettings.fromEnv(Map.of("NEWSDESK_LLM_PROVIDER", "openai", "NEWSDESK_LLM_MODEL", "gpt-4o-mini"))
                .baseUrl()).isEqualTo("https://api.openai.com/v1");
    }

    @ParameterizedTest
    @CsvSource({"30s, 30000", "1500ms, 1500", "2m, 120000", "45, 45000", "PT20S, 20000", "0.5s, 500"})
    void parsesDurations(String text, long millis) {
        assertThat(LlmSettings.parseDuration(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NEWSDESK_LLM_PROVIDER       | claude | none, openai or ollama
            NEWSDESK_LLM_TIMEOUT        | soon   | NEWSDESK_LLM_TIMEOUT
            NEWSDESK_LLM_TIMEOUT        | 0s     | NEWSDESK_LLM_TIMEOUT
            NEWSDESK_LLM_MAX_CONCURRENT | many   | NEWSDESK_LLM_MAX_CONCURRENT
            NEWSDESK_LLM_MAX_CONCURRENT | 0      | NEWSDESK_LLM_MAX_CONCURRENT
            NEWSDESK_LLM_TEMPERATURE    | 7      | NEWSDESK_LLM_TEMPERATURE
            """)
    void rejectsBadValuesNamingTheVariable(String name, String value, String message) {
        Map<String, String> env = new HashMap<>(Map.of("NEWSDESK_LLM_PROVIDER", "ollama",
                "NEWSDESK_LLM_MODEL", "llama3.2"));
        env.put(name, value);
        assertThatThrownBy(() -> LlmSettings.fromEnv(env))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aProviderNeedsAModel() {
        assertThatThrownBy(() -> LlmSettings.fromEnv(Map.of("NEWSDESK_LLM_PROVIDER", "ollama")))
                .hasMessageContaining("NEWSDESK_LLM_MODEL");
    }
}
