package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Filters;
import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * {@code NEWSDESK_QUESTION_MODEL}: which question model goes with which index model, and that questions, and only
 * questions, go to the question model (passages keep the index model's vectors).
 */
class QuestionModelTest {

    @TempDir
    Path data;

    @ParameterizedTest(name = "model {0}, question model {1} -> {2}")
    @CsvSource({
        "minilm,   ,         minilm",
        "minilm,   auto,     minilm",
        "minilm,   AUTO,     minilm",
        "minilm,   minilm,   minilm",
        "minilm,   minilm-q, minilm-q",
        "minilm-q, ,         minilm-q",
        "minilm-q, auto,     minilm-q",
        "minilm-q, minilm-q, minilm-q",
    })
    void allowedCombinations(String model, String questionModel, String used) {
        Map<String, String> env = questionModel == null ? Map.of("NEWSDESK_MODEL", model)
                : Map.of("NEWSDESK_MODEL", model, "NEWSDESK_QUESTION_MODEL", questionModel);
        Settings settings = Settings.from(env);
        assertThat(settings.model()).isEqualTo(model);
        assertThat(settings.questionModel()).isEqualTo(used);
    }

    @ParameterizedTest(name = "model {0}, question model {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "minilm-q | minilm  | auto or minilm-q (a minilm-q index takes minilm-q questions) with model minilm-q",
        "minilm   | bert    | auto, minilm or minilm-q with model minilm",
        "minilm   | minilmq | auto, minilm or minilm-q with model minilm",
    })
    void otherCombinationsAreRefusedSayingWhatIsAllowed(String model, String questionModel, String allowed) {
        assertThatThrownBy(() -> Settings.from(Map.of("NEWSDESK_MODEL", model, "NEWSDESK_QUESTION_MODEL",
                questionModel)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("question model must be " + allowed + ", got " + questionModel);
    }

    @Test
    void theDefaultEmbedsQuestionsWithTheIndexModel() {
        assertThat(Settings.defaults().questionModel()).isEqualTo(Settings.defaults().model()).isEqualTo("minilm");
    }

    @Test
    void questionsGoToTheQuestionModelAndPassagesToTheIndexModel() throws Exception {
        Counting passages = new Counting();
        Counting questions = new Counting();
        Settings settings = TestDesks.settings(TestDesks.CORPUS, data, Map.of());
        try (Newsdesk desk = Newsdesk.create(settings, passages, questions, Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(passages.all.get()).isPositive();
            assertThat(questions.all.get()).isZero();

            desk.qa().ask("How much money did Valley Robotics raise?", null, Filters.NONE);
            desk.qa().search("Who opened the ferry terminal?", 3, Filters.NONE);

            assertThat(questions.one.get()).isEqualTo(2);
            assertThat(passages.one.get()).isZero();
            assertThat(questions.all.get()).isZero();
        }
    }

    @Test
    void aQuestionModelOfAnotherDimensionIsRefused() {
        Settings settings = TestDesks.settings(TestDesks.CORPUS, data, Map.of());
        Embedder narrower = new Counting() {
            @Override
            public int dimension() {
                return 128;
            }
        };
        assertThatThrownBy(() -> Newsdesk.create(settings, new Counting(), narrower, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the question model gives 128 dimensions, the index holds 384");
    }

    /** The hashing embedder, counting one-text and batch calls apart. */
    private static class Counting implements Embedder {
        private final HashingEmbedder delegate = new HashingEmbedder();
        final AtomicInteger one = new AtomicInteger();
        final AtomicInteger all = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            one.incrementAndGet();
            return delegate.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            all.addAndGet(texts.size());
            return delegate.embedAll(texts);
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }

        @Override
        public String modelId() {
            return "hashing-test";
        }

        @Override
        public int countTokens(String text) {
            return delegate.countTokens(text);
        }

        @Override
        public int maxTokens() {
            return delegate.maxTokens();
        }
    }
}
