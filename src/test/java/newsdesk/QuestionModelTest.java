package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Filters;
import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.CountingEmbedder;
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
        CountingEmbedder passages = new CountingEmbedder();
        CountingEmbedder questions = new CountingEmbedder();
        Settings settings = TestDesks.settings(TestDesks.CORPUS, data, Map.of());
        try (Newsdesk desk = Newsdesk.create(settings, passages, questions, Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(passages.embedded()).isPositive();
            assertThat(questions.embedded()).isZero();

            desk.qa().ask("How much money did Valley Robotics raise?", null, Filters.NONE);
            desk.qa().search("Who opened the ferry terminal?", 3, Filters.NONE);

            assertThat(questions.single()).isEqualTo(2);
            assertThat(passages.single()).isZero();
            assertThat(questions.embedded()).isZero();
        }
    }

    @Test
    void aQuestionModelOfAnotherDimensionIsRefused() {
        Settings settings = TestDesks.settings(TestDesks.CORPUS, data, Map.of());
        Embedder narrower = new CountingEmbedder() {
            @Override
            public int dimension() {
                return 128;
            }
        };
        assertThatThrownBy(() -> Newsdesk.create(settings, new CountingEmbedder(), narrower, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the question model gives 128 dimensions, the index holds 384");
    }
}
