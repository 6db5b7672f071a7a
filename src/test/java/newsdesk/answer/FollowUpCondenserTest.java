package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import newsdesk.answer.FakeLlmServer.Protocol;

class FollowUpCondenserTest {

    private static final List<ConversationStore.Turn> CONVERSATION = List.of(
            new ConversationStore.Turn("Who arrived in Beijing on Tuesday?",
                    "Kim Jong Un arrived in Beijing on Tuesday aboard his armored train. [1]", List.of("a1")),
            new ConversationStore.Turn("Why did he come?", "He will attend a military parade on Wednesday. [1]",
                    List.of("a1")));

    private static String condense(FakeLlmServer server, String question, List<ConversationStore.Turn> conversation) {
        try (LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(1)), CLOCK)) {
            return new FollowUpCondenser(client, LlmFixtures.prompts(), CLOCK).condense(question, conversation);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void rewritesTheFollowUpWithTheConversation(Protocol protocol) {
        try (FakeLlmServer server = FakeLlmServer.replying(protocol,
                "Standalone question: \"Who else attends the military parade in Beijing with Kim Jong Un?\"\n")) {
            String standalone = condense(server, "Who else is going?", CONVERSATION);

            assertThat(standalone).isEqualTo("Who else attends the military parade in Beijing with Kim Jong Un?");
            String prompt = server.lastRequest().user();
            assertThat(prompt).contains("User: Who arrived in Beijing on Tuesday?\n"
                            + "Newsdesk: Kim Jong Un arrived in Beijing on Tuesday aboard his armored train.\n"
                            + "User: Why did he come?\n"
                            + "Newsdesk: He will attend a military parade on Wednesday.")
                    .contains("Follow-up question: Who else is going?")
                    .contains("Today is 2025-09-03 (Wednesday)")
                    .doesNotContain("[1]");
            assertThat(server.lastRequest().stream()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void keepsTheQuestionWhenTheModelFails(Protocol protocol) {
        try (FakeLlmServer server = FakeLlmServer.start(protocol,
                request -> new FakeLlmServer.Status(500, Map.of(), "{}"))) {
            assertThat(condense(server, "Who else is going?", CONVERSATION)).isEqualTo("Who else is going?");
        }
        try (FakeLlmServer server = FakeLlmServer.start(protocol,
                request -> new FakeLlmServer.Stall(Duration.ofSeconds(5), "Too late?"))) {
            assertThat(condense(server, "Who else is going?", CONVERSATION)).isEqualTo("Who else is going?");
        }
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, "\n  \n")) {
            assertThat(condense(server, "Who else is going?", CONVERSATION)).isEqualTo("Who else is going?");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aFirstQuestionNeedsNoCall(Protocol protocol) {
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, "unused")) {
            assertThat(condense(server, "Who is Kim Jong Un?", List.of())).isEqualTo("Who is Kim Jong Un?");
            assertThat(server.requests()).isEmpty();
        }
    }
}
