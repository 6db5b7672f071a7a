package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AbstentionSweepTest {

    private static final EvalQuery ANSWERABLE = new EvalQuery("a", "q?", "inference_query", List.of("gold"),
            List.of("fact"), List.of("url-a"), false);
    private static final EvalQuery NULL = new EvalQuery("n", "q?", "null_query", List.of(), List.of(), List.of(),
            true);

    @Test
    void ratesBelowEachThresholdByHand() {
        // null queries with confidence 0.1 and 0.6; answerable ones with 0.3, 0.5, 0.5, 0.9
        List<QueryOutcome> outcomes = List.of(outcome(NULL, 0.1), outcome(NULL, 0.6), outcome(ANSWERABLE, 0.3),
                outcome(ANSWERABLE, 0.5), outcome(ANSWERABLE, 0.5), outcome(ANSWERABLE, 0.9),
                new QueryOutcome(ANSWERABLE, 1, 1.0, 1.0, 1, List.of(), null));
        List<AbstentionSweep.Point> points = AbstentionSweep.sweep(outcomes);

        assertThat(points).hasSize(AbstentionSweep.STEPS + 1);
        assertThat(points.get(0)).isEqualTo(new AbstentionSweep.Point(0.0, 0.0, 0.0));
        assertThat(points.get(4)).isEqualTo(new AbstentionSweep.Point(0.2, 0.5, 0.0));     // below 0.2: 0.1
        assertThat(points.get(10)).isEqualTo(new AbstentionSweep.Point(0.5, 0.5, 0.25));   // 0.5 is not below 0.5
        assertThat(points.get(11)).isEqualTo(new AbstentionSweep.Point(0.55, 0.5, 0.75));
        assertThat(points.get(20)).isEqualTo(new AbstentionSweep.Point(1.0, 1.0, 1.0));
    }

    @Test
    void emptyWithoutAnswersAndNullRatesForAbsentGroups() {
        assertThat(AbstentionSweep.sweep(List.of(new QueryOutcome(NULL, null, null, null, 1, List.of(), null))))
                .isEmpty();
        assertThat(AbstentionSweep.sweep(List.of(outcome(ANSWERABLE, 0.4))).get(10))
                .isEqualTo(new AbstentionSweep.Point(0.5, null, 1.0));
    }

    private static QueryOutcome outcome(EvalQuery query, double confidence) {
        return new QueryOutcome(query, null, null, null, 1, List.of(),
                new AnswerOutcome(confidence < 0.5, confidence, false, 0, 0, 1, Map.of()));
    }
}
