package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void defaultsAreSameOriginOnly() {
        WebSettings settings = WebSettings.fromEnv(Map.of());

        assertThat(settings.allowedOrigins()).isEmpty();
        assertThat(settings.maxQuestionChars()).isEqualTo(2000);
        assertThat(settings.allows("https://news.example.com")).isFalse();
    }

    @Test
    void readsTheAllowListAndLimits() {
        WebSettings settings = WebSettings.fromEnv(Map.of(
                "NEWSDESK_ALLOWED_ORIGINS", " https://News.Example.com/ , http://localhost:8080",
                "NEWSDESK_MAX_QUESTION_CHARS", "500"));

        assertThat(settings.allowedOrigins()).isEqualTo(Set.of("https://news.example.com", "http://localhost:8080"));
        assertThat(settings.allows("https://news.example.com")).isTrue();
        assertThat(settings.allows("https://news.example.com.evil.example")).isFalse();
        assertThat(settings.allows(null)).isFalse();
        assertThat(settings.maxQuestionChars()).isEqualTo(500);
    }

    @Test
    void refusesThingsThatAreNotOrigins() {
        for (String bad : new String[] {"*", "news.example.com", "https://news.example.com/chat", "ftp://x.example"}) {
            assertThatThrownBy(() -> WebSettings.fromEnv(Map.of("NEWSDESK_ALLOWED_ORIGINS", bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an origin");
        }
        assertThatThrownBy(() -> WebSettings.fromEnv(Map.of("NEWSDESK_MAX_QUESTION_CHARS", "lots")))
                .hasMessageContaining("NEWSDESK_MAX_QUESTION_CHARS must be a whole number");
        assertThatThrownBy(() -> WebSettings.fromEnv(Map.of("NEWSDESK_MAX_QUESTION_CHARS", "0")))
                .hasMessageContaining("must be in 1..2000");
    }
}
