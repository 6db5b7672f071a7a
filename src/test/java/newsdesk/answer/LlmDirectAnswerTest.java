package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static newsdesk.answer.LlmFixtures.PARADE;
import static newsdesk.answer.LlmFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.answer.FakeLlmServer.Protocol;
import newsdesk.answer.LlmFixtures.Fallback;
import newsdesk.answer.LlmFixtures.Recorder;
import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * The model's direct answer line ("Answer: … [n]"), over loopback OpenAI and Ollama servers, plain and streaming:
 * kept only when every part is verbatim in a passage it cites, with offsets into the cited sentence.
 */
class LlmDirectAnswerTest {

    private static final String ATTEND = "He will attend a military parade on Wednesday alongside Xi Jinping and "
            + "Vladimir Putin.";
    private static final String SENTENCE = "He will attend the parade with Xi Jinping and Vladimir Putin [1].";

    static Stream<Arguments> modes() {
        return Stream.of(Arguments.of(Protocol.OPENAI, false), Arguments.of(Protocol.OPENAI, true),
                Arguments.of(Protocol.OLLAMA, false), Arguments.of(Protocol.OLLAMA, true));
    }

    private final Fallback fallback = new Fallback();
    private final Recorder recorder = new Recorder();

    private Answer ask(Protocol protocol, boolean streaming, String question, List<Passage> evidence, String reply) {
        try (FakeLlmServer server = FakeLlmServer.replying(protocol, reply)) {
            LlmSettings settings = LlmFixtures.settings(server, Duration.ofSeconds(5));
            try (LlmClient client = LlmClient.create(settings, CLOCK)) {
                LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, fallback);
                Answer answer = answerer.answer(question, evidence, streaming ? recorder : AnswerListener.NONE);
                assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
                for (DirectAnswer part : answer.direct()) {
                    Citation cited = answer.citations().get(part.n() - 1);
                    assertThat(cited.sentence().substring(part.start(), part.end())).isEqualTo(part.text());
                }
                return answer;
            }
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void keepsADirectAnswerFoundInTheCitedPassage(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join at the parade?", evidence(),
                "Answer: Xi Jinping and Vladimir Putin [1]\n\n" + SENTENCE);

        assertThat(answer.answerer()).isEqualTo("llm");
        assertThat(answer.direct()).containsExactly(
                new DirectAnswer("Xi Jinping", 1, ATTEND.indexOf("Xi"), ATTEND.indexOf("Xi") + 10),
                new DirectAnswer("Vladimir Putin", 1, ATTEND.indexOf("Vladimir"), ATTEND.indexOf("Vladimir") + 14));
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.sentence()).isEqualTo(ATTEND);
            assertThat(PARADE.body().substring(c.start(), c.end())).isEqualTo(ATTEND);
        });
        assertThat(answer.text()).isEqualTo("Xi Jinping, Vladimir Putin [1]\n\n"
                + "He will attend the parade with Xi Jinping and Vladimir Putin. [1]");
        assertThat(AnswerLead.of(answer)).isEqualTo(new AnswerLead("Xi Jinping, Vladimir Putin [1]",
                "He will attend the parade with Xi Jinping and Vladimir Putin. [1]"));
        if (streaming) {
            assertThat(recorder.calls).as("the direct answer first, once its sentence is verified").containsExactly(
                    "citations [1]", "direct [Xi Jinping [1], Vladimir Putin [1]]", "Xi Jinping, Vladimir Putin [1]",
                    "\n\nHe will attend the parade with Xi Jinping and Vladimir Putin. [1]");
        }
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void quotesTheSentencesOwnWordingWhateverTheModelsQuotesCaseAndSpaces(Protocol protocol, boolean streaming) {
        String sentence = "BEIJING—North Korean leader Kim Jong Un plans to join Russia’s Vladimir Putin at China’s "
                + "grand military parade in Beijing next week.";
        Article article = Article.of("Kim to Join Putin at Parade", "The Wall Street Journal", "Dasl Yoon",
                OffsetDateTime.of(2025, 8, 28, 7, 0, 0, 0, ZoneOffset.UTC), "https://www.wsj.com/kim-putin",
                "The parade marks 80 years since the end of World War II. " + sentence);

        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join?", List.of(LlmFixtures.whole(1, article)),
                "Answer: russia's  vladimir putin [1]\n\nKim Jong Un plans to join Vladimir Putin at the parade [1].");

        int at = sentence.indexOf("Russia’s");
        assertThat(answer.direct()).containsExactly(new DirectAnswer("Russia’s Vladimir Putin", 1, at, at + 23));
        assertThat(answer.citations().get(0).sentence()).isEqualTo(sentence);
        assertThat(answer.text()).startsWith("Russia’s Vladimir Putin [1]\n\n");
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void aRelativeDateIsResolvedAgainstTheArticlesDate(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "When is the military parade?", evidence(),
                "**Answer:** Wednesday (3 September 2025) [1]\n\nThe parade is on Wednesday [1].");

        int at = ATTEND.indexOf("Wednesday");
        assertThat(answer.direct()).containsExactly(
                new DirectAnswer("Wednesday", 1, at, at + 9, LocalDate.of(2025, 9, 3)));
        assertThat(answer.text()).startsWith("Wednesday (3 Sep 2025) [1]\n\n");
        assertThat(AnswerLead.of(answer).direct()).isEqualTo("Wednesday (3 Sep 2025) [1]");
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void dropsADirectAnswerWithAMadeUpName(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join at the parade?", evidence(),
                "Answer: Xi Jinping, Boris Johnson [1]\n\n" + SENTENCE);

        assertVerifiedSentenceOnly(answer, streaming);
        assertThat(answer.text()).doesNotContain("Boris");
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void dropsADirectAnswerCitingNoPassage(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join at the parade?", evidence(),
                "Answer: Xi Jinping and Vladimir Putin\n\n" + SENTENCE);

        assertVerifiedSentenceOnly(answer, streaming);
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void dropsADirectAnswerWhosePartCitesAPassageThatWasNotGiven(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join at the parade?", evidence(),
                "Answer: Xi Jinping [7]; Vladimir Putin [1]\n\n" + SENTENCE);

        assertVerifiedSentenceOnly(answer, streaming);
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void dropsADirectAnswerFoundOnlyInAPassageItDoesNotCite(Protocol protocol, boolean streaming) {
        Answer tianjin = ask(protocol, streaming, "Where did Putin and Xi meet?", evidence(),
                "Answer: Tianjin [1]\n\nPutin and Xi pledged closer economic ties at a summit in Tianjin [2].");
        assertThat(tianjin.direct()).isEmpty();
        assertThat(tianjin.text()).isEqualTo("Putin and Xi pledged closer economic ties at a summit in Tianjin. [1]");
        assertThat(tianjin.citations()).singleElement().extracting(Citation::articleId)
                .isEqualTo(LlmFixtures.SUMMIT.id());
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void dropsADirectAnswerThatOnlyRepeatsTheQuestion(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will join Xi Jinping at the parade?", evidence(),
                "Answer: Xi Jinping [1]\n\n" + SENTENCE);

        assertVerifiedSentenceOnly(answer, streaming);
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void aCompoundQuestionGetsOnePartPerItemFromTheSentencesHoldingThem(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "When did Kim arrive and who will he meet?", evidence(),
                "Answer: Tuesday [1]; Xi Jinping and Vladimir Putin [1]\n\n"
                        + "Kim Jong Un arrived in Beijing on Tuesday [1]. " + SENTENCE);

        assertThat(answer.direct()).extracting(DirectAnswer::text, DirectAnswer::n, DirectAnswer::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tuesday", 1, LocalDate.of(2025, 9, 2)),
                        org.assertj.core.groups.Tuple.tuple("Xi Jinping", 2, null),
                        org.assertj.core.groups.Tuple.tuple("Vladimir Putin", 2, null));
        assertThat(answer.text()).startsWith("Tuesday (2 Sep 2025) [1]; Xi Jinping, Vladimir Putin [2]\n\n"
                + "Kim Jong Un arrived in Beijing on Tuesday. [1] He will attend");
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void numbersAndDatesWithCommasStayWhole(Protocol protocol, boolean streaming) {
        String sentence = "About 1,200 soldiers will march past Tiananmen Square on September 3, 2025, officials said.";
        Article article = Article.of("Parade Rehearsals", "Reuters", null,
                OffsetDateTime.of(2025, 8, 20, 9, 0, 0, 0, ZoneOffset.UTC), "https://www.reuters.com/parade",
                "Rehearsals began on Monday. " + sentence);

        Answer answer = ask(protocol, streaming, "How many soldiers will march, and on what date?",
                List.of(LlmFixtures.whole(1, article)),
                "Answer: 1,200 [1]; September 3, 2025 [1]\n\n"
                        + "About 1,200 soldiers will march on September 3, 2025 [1].");

        assertThat(answer.direct()).extracting(DirectAnswer::text).containsExactly("1,200", "September 3, 2025");
        assertThat(answer.direct().get(0).start()).isEqualTo(sentence.indexOf("1,200"));
        assertThat(answer.text()).startsWith("1,200 [1]; September 3, 2025 [1]\n\n");
    }

    @ParameterizedTest(name = "{0} stream={1}")
    @MethodSource("modes")
    void aDirectAnswerWithoutAnyVerifiedSentenceIsNotAnAnswer(Protocol protocol, boolean streaming) {
        Answer answer = ask(protocol, streaming, "Who will Kim Jong Un join at the parade?", evidence(),
                "Answer: Xi Jinping and Vladimir Putin [1]\n\nThey are old friends [5].");

        assertThat(answer.answerer()).isEqualTo("extractive");
        assertThat(fallback.calls).hasValue(1);
        if (streaming) {
            assertThat(recorder.increments).as("only the extractive answer, in one piece").containsExactly(
                    answer.text());
        }
    }

    private void assertVerifiedSentenceOnly(Answer answer, boolean streaming) {
        assertThat(answer.answerer()).isEqualTo("llm");
        assertThat(answer.direct()).isEmpty();
        assertThat(answer.text()).isEqualTo("He will attend the parade with Xi Jinping and Vladimir Putin. [1]");
        assertThat(answer.citations()).singleElement().extracting(Citation::sentence).isEqualTo(ATTEND);
        assertThat(AnswerLead.of(answer).direct()).isNull();
        if (streaming) {
            assertThat(recorder.calls).containsExactly("citations [1]",
                    "He will attend the parade with Xi Jinping and Vladimir Putin. [1]");
        }
    }
}
