package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoresTest {

    private static final EvalQuery ANSWERABLE = new EvalQuery("a", "q?", "inference_query", List.of("gold"),
            List.of("fact"), List.of("url-a"), false);
    private static final EvalQuery NO_FACTS = new EvalQuery("b", "q?", "answerable", List.of("gold"), List.of(),
            List.of("url-a"), false);
    private static final EvalQuery NULL = new EvalQuery("n", "q?", "null_query", List.of(), List.of(), List.of(),
            true);

    @Test
    void retrievalScoresByHand() {
        // first-hit ranks 1, 3, 0 (miss), 7 and one query without facts: 4 scored.
        List<QueryOutcome> outcomes = List.of(
                retrieval(ANSWERABLE, 1, 1.0, 1.0),
                retrieval(ANSWERABLE, 3, 0.5, 1.0),
                retrieval(ANSWERABLE, 0, 0.0, 0.0),
                retrieval(ANSWERABLE, 7, 0.0, 0.5),
                retrieval(NO_FACTS, null, 1.0, 1.0),
                retrieval(NULL, null, null, null));
        Scores scores = Scores.of(outcomes);
        assertThat(scores.queries()).isEqualTo(6);
        assertThat(scores.scored()).isEqualTo(4);
        assertThat(scores.hits4()).isEqualTo(2.0 / 4);
        assertThat(scores.hits10()).isEqualTo(3.0 / 4);
        assertThat(scores.mrr10()).isCloseTo((1 + 1.0 / 3 + 0 + 1.0 / 7) / 4, within(1e-12));
        assertThat(scores.withEvidence()).isEqualTo(5);
        assertThat(scores.recall4()).isCloseTo(2.5 / 5, within(1e-12));
        assertThat(scores.recall10()).isCloseTo(3.5 / 5, within(1e-12));
        assertThat(scores.answers()).isNull();
    }

    @Test
    void emptyGroupHasNoMetrics() {
        Scores scores = Scores.of(List.of(retrieval(NULL, null, null, null)));
        assertThat(scores.scored()).isZero();
        assertThat(scores.hits4()).isNull();
        assertThat(scores.mrr10()).isNull();
        assertThat(scores.recall10()).isNull();
    }

    @Test
    void answerScoresByHand() {
        List<QueryOutcome> outcomes = List.of(
                answered(ANSWERABLE, new AnswerOutcome(false, 0.5, true, 2, 2, 5, Map.of())),
                answered(ANSWERABLE, new AnswerOutcome(false, 0.5, false, 3, 2, 5, Map.of())),
                answered(ANSWERABLE, new AnswerOutcome(true, 0.5, false, 0, 0, 5, Map.of())),
                answered(NO_FACTS, new AnswerOutcome(false, 0.5, true, 1, 1, 5, Map.of())),
                answered(NULL, new AnswerOutcome(true, 0.5, false, 0, 0, 5, Map.of())),
                answered(NULL, new AnswerOutcome(false, 0.5, false, 1, 1, 5, Map.of())));
        Scores.AnswerScores answers = Scores.of(outcomes).answers();
        assertThat(answers.answered()).isEqualTo(6);
        assertThat(answers.containsGold()).isEqualTo(2.0 / 4);   // 4 answerable with gold, 2 contain it
        assertThat(answers.citedSentences()).isEqualTo(7);
        assertThat(answers.verbatim()).isEqualTo(6.0 / 7);
        assertThat(answers.abstention()).isEqualTo(1.0 / 2);       // 1 of 2 null queries
        assertThat(answers.falseAbstention()).isEqualTo(1.0 / 4);  // 1 of 4 answerable
    }

    @Test
    void directAnswerScoresAndGoldArticleInTopFiveByHand() {
        List<QueryOutcome> outcomes = List.of(
                new QueryOutcome(ANSWERABLE, null, 1.0, 1.0, 1, List.of("x", "x", "x", "x", "url-a"),
                        new AnswerOutcome(false, 0.5, true, 1, 1, 5, Map.of(), "gold", true, "gold [1]")),
                new QueryOutcome(ANSWERABLE, null, 1.0, 1.0, 1, List.of("x", "x", "x", "x", "x", "url-a"),
                        new AnswerOutcome(false, 0.5, true, 1, 1, 5, Map.of(), "silver", false, "silver [1]")),
                new QueryOutcome(ANSWERABLE, null, 0.0, 0.0, 1, List.of(),
                        new AnswerOutcome(true, 0.5, false, 0, 0, 5, Map.of())),
                answered(NULL, new AnswerOutcome(false, 0.5, false, 1, 1, 5, Map.of(), "gold", false, "gold")));
        Scores scores = Scores.of(outcomes);
        assertThat(scores.articleTop5()).isEqualTo(1.0 / 3);       // url-a 5th, then 6th, then nothing retrieved
        assertThat(scores.answers().containsGold()).isEqualTo(2.0 / 3);
        assertThat(scores.answers().directGold()).isEqualTo(1.0 / 3);
        assertThat(scores.answers().withDirect()).isEqualTo(2.0 / 3);
        assertThat(scores.answers().abstained()).isEqualTo(1.0 / 4);
    }

    @Test
    void aGoldDirectAnswerNeedsADirectAnswer() {
        assertThatThrownBy(() -> new AnswerOutcome(false, 0.5, true, 1, 1, 5, Map.of(), "", true, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noCitationsMeansNoVerbatimRate() {
        Scores.AnswerScores answers = Scores.of(List.of(
                answered(NULL, new AnswerOutcome(true, 0.5, false, 0, 0, 5, Map.of())))).answers();
        assertThat(answers.verbatim()).isNull();
        assertThat(answers.containsGold()).isNull();
        assertThat(answers.falseAbstention()).isNull();
        assertThat(answers.abstention()).isEqualTo(1.0);
    }

    private static QueryOutcome retrieval(EvalQuery query, Integer rank, Double recall4, Double recall10) {
        return new QueryOutcome(query, rank, recall4, recall10, 1.0, List.of(), null);
    }

    private static QueryOutcome answered(EvalQuery query, AnswerOutcome answer) {
        return new QueryOutcome(query, null, null, null, 1.0, List.of(), answer);
    }
}
