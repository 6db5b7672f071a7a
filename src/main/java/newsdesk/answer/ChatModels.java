package newsdesk.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.util.Objects;

/**
 * The pair of langchain4j models Newsdesk talks to: a blocking one (Slack, CLI, follow-up condensing) and a
 * streaming one (the web widget). Built from {@link LlmSettings} by {@link #from}, or given directly in tests.
 *
 * <p>langchain4j's own retries are switched off: a failed call falls back to the extractive answer at once and
 * counts towards the circuit breaker, which is the back-off.
 */
public record ChatModels(ChatModel chat, StreamingChatModel streaming) {

    public ChatModels {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(streaming, "streaming");
    }

    /** Builds the models for {@code settings}; the provider must not be NONE. */
    public static ChatModels from(LlmSettings settings) {
        return switch (settings.provider()) {
            case OPENAI -> openAi(settings);
            case OLLAMA -> ollama(settings);
            case NONE -> throw new IllegalArgumentException("no language model is configured");
        };
    }

    private static ChatModels openAi(LlmSettings s) {
        // Local OpenAI-compatible servers (llama.cpp, vLLM, LM Studio) accept any key, but the client requires one.
        String apiKey = s.apiKey() == null ? "none" : s.apiKey();
        ChatModel chat = OpenAiChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(apiKey)
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(apiKey)
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .build();
        return new ChatModels(chat, streaming);
    }

    private static ChatModels ollama(LlmSettings s) {
        ChatModel chat = OllamaChatModel.builder()
                .baseUrl(s.baseUrl())
                .modelName(s.model())
                .temperature(s.temperature())
                .numPredict(s.maxTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .build();
        StreamingChatModel streaming = OllamaStreamingChatModel.builder()
                .baseUrl(s.baseUrl())
                .modelName(s.model())
                .temperature(s.temperature())
                .numPredict(s.maxTokens())
                .timeout(s.timeout())
                .build();
        return new ChatModels(chat, streaming);
    }
}
