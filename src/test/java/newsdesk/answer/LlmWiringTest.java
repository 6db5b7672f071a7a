package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.index.Ingestor;
import newsdesk.retrieve.Filters;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/** The composition root turns the LLM on from settings, and falls back to extractive answers when it fails. */
class LlmWiringTest {

    @TempDir
    Path data;

    private Newsdesk desk(FakeLlmServer server) {
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, data, Map.of(
                "NEWSDESK_LLM_PROVIDER", "openai",
                "NEWSDESK_LLM_BASE_URL", server.baseUrl(),
                "NEWSDESK_LLM_MODEL", "test-model",
                "NEWSDESK_LLM_TIMEOUT", "5s")), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    @Test
    void configuredModelAnswersWithVerifiedCitations() throws Exception {
        try (FakeLlmServer server = FakeLlmServer.replying(FakeLlmServer.Protocol.OPENAI,
                "The Westgate bridge cost $1.2 billion to build [1].");
             Newsdesk desk = desk(server)) {
            Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.text()).contains("$1.2 billion").contains("[1]");
            assertThat(answer.citations()).isNotEmpty();
            assertThat(server.requests()).isNotEmpty();
        }
    }

    @Test
    void unreachableModelFallsBackToTheExtractiveAnswer() throws Exception {
        FakeLlmServer server = FakeLlmServer.replying(FakeLlmServer.Protocol.OPENAI, "unused");
        server.close();
        try (Newsdesk desk = desk(server)) {
            Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            assertThat(answer.answerer()).isEqualTo("extractive");
            assertThat(answer.text()).contains("$1.2 billion");
        }
    }
}
