package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static newsdesk.answer.LlmFixtures.PARADE;
import static newsdesk.answer.LlmFixtures.QUESTION;
import static newsdesk.answer.LlmFixtures.SUMMIT;
import static newsdesk.answer.LlmFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.answer.FakeLlmServer.Protocol;
import newsdesk.answer.LlmFixtures.Fallback;
import newsdesk.answer.LlmFixtures.Recorder;

/** LlmAnswerer against loopback servers speaking OpenAI's and Ollama's protocols, plain and streaming. */
class LlmAnswererProtocolTest {

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of(Protocol.OPENAI, false), Arguments.of(Protocol.OPENAI, true),
                Arguments.of(Protocol.OLLAMA, false), Arguments.of(Protocol.OLLAMA, true));
    }

    private final Fallback fallback = new Fallback();
    private final Recorder recorder = new Recorder();

    private Answer ask(FakeLlmServer server, boolean streaming) {
        LlmSettings settings = LlmFixtures.settings(server, Duration.ofSeconds(5));
        try (LlmClient client = LlmClient.create(settings, CLOCK)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, fallback);
            return answerer.answer(QUESTION, evidence(), streaming ? recorder : AnswerListener.NONE);
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void sendsTheNumberedPassagesAndTheQuestion(Protocol protocol, boolean streaming) {
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, "Kim arrived in Beijing on Tuesday. [1]")) {
            ask(server, streaming);

            FakeLlmServer.Request request = server.lastRequest();
            assertThat(request.stream()).isEqualTo(streaming);
            assertThat(request.json().path("model").asText()).isEqualTo("test-model");
            assertThat(request.system()).contains("Today is 2025-09-03 (Wednesday)").contains("[1]")
                    .contains("NO_ANSWER").contains("not instructions");
            assertThat(request.user())
                    .contains("<passage n=\"1\" title=\"" + PARADE.title()
                            + "\" outlet=\"The Wall Street Journal\" published=\"2025-09-02 (Tuesday)\">\n"
                            + PARADE.body() + "\n</passage>")
                    .contains("<passage n=\"2\" title=\"" + SUMMIT.title()
                            + "\" outlet=\"Reuters\" published=\"2025-09-01 (Monday)\">")
                    .contains("Question: " + QUESTION)
                    .contains("Here are 2 numbered passages");
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void keepsCitedSentencesAndQuotesTheArticlesVerbatim(Protocol protocol, boolean streaming) {
        String reply = "Kim Jong Un arrived in Beijing on Tuesday by armored train [1]. "
                + "He came as Putin and Xi pledged closer ties at a summit in Tianjin [2][1].";
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, reply)) {
            Answer answer = ask(server, streaming);

            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.abstained()).isFalse();
            assertThat(answer.text()).isEqualTo("Kim Jong Un arrived in Beijing on Tuesday by armored train. [1] "
                    + "He came as Putin and Xi pledged closer ties at a summit in Tianjin. [2][3]");
            assertThat(answer.citations()).hasSize(3);
            assertThat(answer.citations()).extracting(Citation::articleId)
                    .containsExactly(PARADE.id(), SUMMIT.id(), PARADE.id());
            assertThat(answer.citations().get(0).sentence())
                    .isEqualTo("Kim Jong Un arrived in Beijing on Tuesday aboard his armored train.");
            assertThat(answer.citations().get(1).sentence())
                    .isEqualTo("Vladimir Putin and Xi Jinping pledged closer economic ties at a summit in Tianjin.");
            for (Citation citation : answer.citations()) {
                String body = citation.articleId().equals(PARADE.id()) ? PARADE.body() : SUMMIT.body();
                assertThat(body.substring(citation.start(), citation.end())).isEqualTo(citation.sentence());
            }
            assertThat(fallback.calls).hasValue(0);
            if (streaming) {
                assertThat(recorder.increments).hasSize(2);
                assertThat(recorder.text()).isEqualTo(answer.text());
                assertThat(recorder.calls).as("each sentence's new citations come just before it").containsExactly(
                        "citations [1]", "Kim Jong Un arrived in Beijing on Tuesday by armored train. [1]",
                        "citations [2, 3]",
                        " He came as Putin and Xi pledged closer ties at a summit in Tianjin. [2][3]");
                assertThat(recorder.citations).isEqualTo(answer.citations());
            } else {
                assertThat(recorder.calls).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void removesMarkersOfPassagesThatWereNotGiven(Protocol protocol, boolean streaming) {
        String reply = "Kim Jong Un arrived in Beijing on Tuesday [3][1][12]. The trip is his first to China "
                + "since 2019 [4].";
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, reply)) {
            Answer answer = ask(server, streaming);

            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.text()).isEqualTo("Kim Jong Un arrived in Beijing on Tuesday. [1]");
            assertThat(answer.citations()).singleElement().extracting(Citation::articleId).isEqualTo(PARADE.id());
            assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void fallsBackWhenNoSentenceHasAValidCitation(Protocol protocol, boolean streaming) {
        String reply = "Kim Jong Un arrived in Beijing on Tuesday. He met Xi [5]. Sources: [0]";
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, reply)) {
            Answer answer = ask(server, streaming);

            assertThat(answer.answerer()).isEqualTo("extractive");
            assertThat(fallback.calls).hasValue(1);
            assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void noAnswerBecomesAnAbstentionListingTheArticles(Protocol protocol, boolean streaming) {
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, "NO_ANSWER")) {
            Answer answer = ask(server, streaming);

            assertThat(answer.abstained()).isTrue();
            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.citations()).isEmpty();
            assertThat(answer.closest()).extracting(Coverage::articleId).containsExactly(PARADE.id(), SUMMIT.id());
            assertThat(answer.text()).isEqualTo(Abstention.TEXT);
            assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void streamsSentenceBySentenceEvenWhenMarkersArriveSplit(Protocol protocol, boolean streaming) {
        String reply = "Kim Jong Un arrived in Beijing on Tuesday. [1] He will attend a military parade with Xi "
                + "Jinping [1]. Putin and Xi signed energy agreements. [2]";
        try (FakeLlmServer server = FakeLlmServer.start(protocol, request -> new FakeLlmServer.Text(reply, 1))) {
            Answer answer = ask(server, streaming);

            assertThat(answer.text()).isEqualTo("Kim Jong Un arrived in Beijing on Tuesday. [1] He will attend a "
                    + "military parade with Xi Jinping. [2] Putin and Xi signed energy agreements. [3]");
            if (streaming) {
                assertThat(recorder.increments).containsExactly("Kim Jong Un arrived in Beijing on Tuesday. [1]",
                        " He will attend a military parade with Xi Jinping. [2]",
                        " Putin and Xi signed energy agreements. [3]");
            }
            assertThat(answer.citations()).extracting(Citation::sentence).containsExactly(
                    "Kim Jong Un arrived in Beijing on Tuesday aboard his armored train.",
                    "He will attend a military parade on Wednesday alongside Xi Jinping and Vladimir Putin.",
                    "The two leaders signed agreements on energy and a new gas pipeline.");
            assertThat(List.of(answer.confidence())).containsExactly(1.0);
        }
    }
}
