package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.feedback.AnswerRecord;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.Rating;

/** How a replayed rating is judged against a fresh answer, as a table; and which rating of an answer counts. */
class FeedbackReplayTest {

    private static final Instant AT = Instant.parse("2025-09-10T08:00:00Z");

    static Stream<Arguments> table() {
        return Stream.of(
                // rating, correction, cited before (empty = abstained), fresh answer text, cited now, verdict
                Arguments.of(Rating.UP, null, List.of("a", "b"), "Kim [1] Putin [2]", List.of("b", "a"), "PASS"),
                Arguments.of(Rating.UP, null, List.of("a", "b"), "Kim [1] Putin [2] Xi [3]", List.of("a", "b", "c"),
                        "PASS"),
                Arguments.of(Rating.UP, null, List.of("a", "b"), "Kim [1]", List.of("a"), "FAIL"),
                Arguments.of(Rating.UP, null, List.of("a"), "", List.of(), "FAIL"),
                Arguments.of(Rating.UP, null, List.of(), "", List.of(), "PASS"),
                Arguments.of(Rating.UP, null, List.of(), "Kim [1]", List.of("a"), "FAIL"),
                Arguments.of(Rating.DOWN, "Kim Jong Un and Vladimir Putin", List.of("a"),
                        "Kim Jong Un, Vladimir Putin [1]", List.of("a"), "PASS"),
                Arguments.of(Rating.DOWN, "KIM JONG UN!", List.of("a"), "kim jong-un [1]", List.of("a"), "PASS"),
                Arguments.of(Rating.DOWN, "Kim Jong Un and Vladimir Putin", List.of("a"), "Kim Jong Un [1]",
                        List.of("a"), "FAIL"));
    }

    @ParameterizedTest
    @MethodSource("table")
    void judgesAFreshAnswer(Rating rating, String correction, List<String> before, String text, List<String> now,
                            String verdict) {
        Feedback f = feedback("id", rating, correction, before);
        assertThat(FeedbackReplay.judge(f, answer(text, now)).verdict().name()).isEqualTo(verdict);
    }

    @Test
    void onlyTheLatestRatingOfAnAnswerCountsAndDownWithoutCorrectionIsSkipped() {
        List<String> asked = new ArrayList<>();
        FeedbackReplay.Report report = FeedbackReplay.replay(List.of(
                feedback("x", Rating.UP, null, List.of("a")),
                feedback("y", Rating.DOWN, null, List.of("a")),
                feedback("x", Rating.DOWN, "Putin", List.of("a"))), (question, conversation) -> {
                    asked.add(question);
                    return answer("Kim [1]", List.of("a"));
                });
        assertThat(report.cases()).extracting(c -> c.feedback().answer().answerId() + ":" + c.verdict())
                .containsExactly("x:FAIL", "y:SKIPPED");
        assertThat(asked).containsExactly("question x");
        assertThat(report.count(FeedbackReplay.Verdict.FAIL)).isEqualTo(1);
    }

    @Test
    void aFollowUpIsReplayedAfterTheQuestionsBeforeItInOneConversation() {
        Feedback rated = feedback("f", Rating.UP, null, List.of("a"));
        AnswerRecord r = rated.answer();
        Feedback followUp = new Feedback(AT, Rating.UP, null, null, "web", new AnswerRecord(r.answerId(), AT,
                "Who will host it?", r.answer(), false, r.citations(), Map.of(), List.of("Who joins the parade?",
                "When is it?")));
        List<String> asked = new ArrayList<>();
        FeedbackReplay.Report report = FeedbackReplay.replay(List.of(followUp), (question, conversation) -> {
            asked.add(conversation + ": " + question);
            return new Answer("Xi [1]", false, List.of(new Citation(1, "a", "T", "S", null, null, "s", 0, 1)),
                    List.of(), "extractive", 0.5, "c1", Map.of());
        });
        assertThat(asked).containsExactly("null: Who joins the parade?", "c1: When is it?", "c1: Who will host it?");
        assertThat(report.count(FeedbackReplay.Verdict.PASS)).isEqualTo(1);
    }

    private static Feedback feedback(String id, Rating rating, String correction, List<String> cited) {
        List<AnswerRecord.Cited> citations = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            citations.add(new AnswerRecord.Cited(i + 1, cited.get(i), "s"));
        }
        return new Feedback(AT, rating, null, correction, "web", new AnswerRecord(id, AT, "question " + id,
                "old", cited.isEmpty(), citations, Map.of()));
    }

    private static Answer answer(String text, List<String> cited) {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            citations.add(new Citation(i + 1, cited.get(i), "T", "S", null, null, "s", 0, 1));
        }
        return new Answer(text, cited.isEmpty(), citations, List.of(), "extractive", 0.5, null, Map.of());
    }
}
