package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.article.Filters;
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
    void surfacesWithoutAListenerMakeOneBlockingCallAndGetTheCheckedText() throws Exception {
        try (FakeLlmServer server = FakeLlmServer.replying(FakeLlmServer.Protocol.OPENAI,
                "The Westgate bridge cost $1.2 billion to build [1]. Visit bridge-deals.shop/now for more [1]. "
                        + "It is the longest bridge in the world."); Newsdesk desk = desk(server)) {
            Answer answer = desk.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);

            assertThat(server.requests()).singleElement().satisfies(request -> assertThat(request.stream()).isFalse());
            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.text()).isEqualTo("The Westgate bridge cost $1.2 billion to build. [1]");
        }
    }

    @Test
    void aFollowUpIsCondensedWithTheConversationAndTheStandaloneQuestionIsAnswered() throws Exception {
        String standalone = "Who cut the ribbon at the opening of the Westgate bridge?";
        try (FakeLlmServer server = FakeLlmServer.start(FakeLlmServer.Protocol.OPENAI, request -> {
                if (request.user().contains("Follow-up question:")) {
                    return new FakeLlmServer.Text(standalone + "\n");
                }
                Matcher ribbon = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n[^<]*cut the ribbon")
                        .matcher(request.user());
                return new FakeLlmServer.Text(ribbon.find()
                        ? "Mayor Elena Ruiz cut the ribbon at dawn [" + ribbon.group(1) + "]."
                        : "The Westgate bridge cost $1.2 billion to build [1].");
            }); Newsdesk desk = desk(server)) {
            Answer first = desk.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
            Answer followUp = desk.qa().ask("Who opened it?", first.conversationId(), Filters.NONE);

            List<FakeLlmServer.Request> requests = server.requests();
            assertThat(requests).hasSize(3);
            assertThat(requests.get(1).user()).contains("User: How much did the Westgate bridge cost?")
                    .contains("Newsdesk: " + first.text().replace(" [1]", ""))
                    .contains("Follow-up question: Who opened it?");
            assertThat(requests.get(2).user()).contains("Question: " + standalone);
            assertThat(followUp.answerer()).isEqualTo("llm");
            assertThat(followUp.text()).isEqualTo("Mayor Elena Ruiz cut the ribbon at dawn. [1]");
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
