package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.answer.Answer;

/**
 * A rating is recorded with the settings that made the answer it rates, both embedding models included: the passages'
 * ({@code model}) and the questions' ({@code questionModel}, which {@code NEWSDESK_QUESTION_MODEL} may set apart).
 */
class FeedbackServiceTest {

    private final Clock clock = Clock.fixed(Records.AT, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aRatingKeepsBothEmbeddingModelsAndTheOtherSettingsThroughTheLog() {
        try (FeedbackLog log = new FeedbackLog(dataDir)) {
            FeedbackService service = new FeedbackService(() -> "answer-1",
                    new RecentAnswers(clock, 10, Duration.ofHours(1)), log,
                    new AnswerSettings(7, "memory", "minilm", "minilm-q", "1.2.3"), clock);
            Answer answer = service.remember("When did the bridge open?", List.of(), new Answer(
                    "It opened on Monday.", false, List.of(), List.of(), "extractive", 0.8, "conversation-1", Map.of()));

            service.record(new FeedbackService.Request(answer.id(), Rating.UP, null, null, "web"));

            assertThat(FeedbackLog.read(dataDir.resolve(FeedbackLog.FILE_NAME))).singleElement()
                    .satisfies(f -> assertThat(f.answer().settings()).containsExactlyInAnyOrderEntriesOf(Map.of(
                            "answerer", "extractive", "topK", "7", "store", "memory", "model", "minilm",
                            "questionModel", "minilm-q", "version", "1.2.3")));
        }
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new AnswerSettings(0, "memory", "minilm", "minilm", "dev"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topK");
        assertThatThrownBy(() -> new AnswerSettings(5, "memory", "minilm", null, "dev"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("questionModel");
    }
}
