package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * What abstention would be at other confidence thresholds: for each threshold t, the share of should-abstain
 * queries and of answerable queries whose answer confidence is below t. Valid for answerers that abstain exactly
 * when their confidence is below a threshold and report the confidence when they abstain too (Newsdesk's extractive
 * answerer does); use it to fit the threshold on the development split.
 */
public final class AbstentionSweep {

    /** Thresholds 0, 0.05, …, 1. */
    public static final int STEPS = 20;

    private AbstentionSweep() {
    }

    /** One threshold and the abstention rates it would give ({@code null} when the group is empty). */
    public record Point(double threshold, Double abstention, Double falseAbstention) {
    }

    public static List<Point> sweep(List<QueryOutcome> outcomes) {
        List<AnswerOutcome> nulls = new ArrayList<>();
        List<AnswerOutcome> answerable = new ArrayList<>();
        for (QueryOutcome outcome : outcomes) {
            if (outcome.answer() != null) {
                (outcome.query().shouldAbstain() ? nulls : answerable).add(outcome.answer());
            }
        }
        if (nulls.isEmpty() && answerable.isEmpty()) {
            return List.of();
        }
        List<Point> points = new ArrayList<>(STEPS + 1);
        for (int i = 0; i <= STEPS; i++) {
            double threshold = (double) i / STEPS;
            points.add(new Point(threshold, below(nulls, threshold), below(answerable, threshold)));
        }
        return points;
    }

    private static Double below(List<AnswerOutcome> answers, double threshold) {
        if (answers.isEmpty()) {
            return null;
        }
        return (double) answers.stream().filter(a -> a.confidence() < threshold).count() / answers.size();
    }
}
