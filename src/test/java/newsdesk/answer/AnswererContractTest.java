package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static newsdesk.answer.LlmFixtures.PARADE;
import static newsdesk.answer.LlmFixtures.QUESTION;
import static newsdesk.answer.LlmFixtures.SUMMIT;
import static newsdesk.answer.LlmFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * The {@link Answerer} contract, run against the extractive answerer and the LLM answerer (against a loopback server
 * speaking OpenAI's protocol): an answer is never null, every citation quotes its article verbatim at
 * {@code [start, end)} and refers to one of the passages, every sentence of the text ends with markers of citations
 * in the list, and evidence that does not answer the question gives an abstention that cites nothing.
 */
class AnswererContractTest {

    /** An answerer and whatever it holds open. */
    interface Subject extends AutoCloseable {
        Answerer answerer();

        @Override
        void close();
    }

    private static final String UNANSWERABLE = "Which striker did Arsenal sign in the January transfer window?";
    private static final Pattern MARKED_SENTENCES = Pattern.compile("(?:[^\\[\\]]+?(?:\\s?\\[\\d+])+\\s*)+");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    static Stream<Named<Supplier<Subject>>> answerers() {
        Supplier<Subject> extractive = () -> new Subject() {
            private final Answerer answerer = new LlmFixtures.Fallback();

            @Override
            public Answerer answerer() {
                return answerer;
            }

            @Override
            public void close() {
            }
        };
        Supplier<Subject> llm = () -> new Subject() {
            // The model answers the parade question with a cited sentence and says NO_ANSWER to anything else.
            private final FakeLlmServer server = FakeLlmServer.start(FakeLlmServer.Protocol.OPENAI,
                    request -> new FakeLlmServer.Text(request.user().contains(QUESTION)
                            ? "Kim Jong Un arrived in Beijing on Tuesday by armored train [1]." : "NO_ANSWER"));
            private final LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(5)),
                    CLOCK);
            private final Answerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK,
                    new LlmFixtures.Fallback());

            @Override
            public Answerer answerer() {
                return answerer;
            }

            @Override
            public void close() {
                client.close();
                server.close();
            }
        };
        return Stream.of(Named.of("extractive", extractive), Named.of("llm", llm));
    }

    private static void assertHonours(Answer answer, List<Passage> evidence) {
        assertThat(answer).isNotNull();
        Map<String, Article> articles = evidence.stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.article().id(), Passage::article, (a, b) -> a));
        for (Citation citation : answer.citations()) {
            assertThat(articles).containsKey(citation.articleId());
            if (citation.kind() == Citation.Kind.SENTENCE) {
                assertThat(articles.get(citation.articleId()).body().substring(citation.start(), citation.end()))
                        .isEqualTo(citation.sentence());
            }
        }
        if (!answer.abstained()) {
            assertThat(answer.text()).matches(MARKED_SENTENCES);
            Matcher marker = MARKER.matcher(answer.text());
            while (marker.find()) {
                assertThat(Integer.parseInt(marker.group(1))).isBetween(1, answer.citations().size());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("answerers")
    void anAnswerQuotesItsArticlesVerbatimAndMarksEverySentence(Supplier<Subject> subject) {
        try (Subject s = subject.get()) {
            Answer answer = s.answerer().answer(QUESTION, evidence(), AnswerListener.NONE);
            assertThat(answer.abstained()).as(answer.text()).isFalse();
            assertThat(answer.citations()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.articleId()).isIn(PARADE.id(), SUMMIT.id()));
            assertThat(answer.text()).containsIgnoringCase("Beijing");
            assertHonours(answer, evidence());
        }
    }

    @ParameterizedTest
    @MethodSource("answerers")
    void evidenceThatDoesNotAnswerGivesAnAbstentionCitingNothing(Supplier<Subject> subject) {
        try (Subject s = subject.get()) {
            Answer answer = s.answerer().answer(UNANSWERABLE, evidence(), AnswerListener.NONE);
            assertThat(answer.abstained()).as(answer.text()).isTrue();
            assertThat(answer.citations()).isEmpty();
            assertHonours(answer, evidence());
        }
    }

    @ParameterizedTest
    @MethodSource("answerers")
    void noEvidenceGivesAnAbstention(Supplier<Subject> subject) {
        try (Subject s = subject.get()) {
            Answer answer = s.answerer().answer(QUESTION, List.of(), AnswerListener.NONE);
            assertThat(answer.abstained()).isTrue();
            assertThat(answer.citations()).isEmpty();
            assertThat(s.answerer().name()).isNotBlank();
        }
    }
}
