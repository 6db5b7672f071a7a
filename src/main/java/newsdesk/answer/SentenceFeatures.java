package newsdesk.answer;

import java.util.List;

/**
 * One candidate sentence as the learned sentence ranking sees it: its text and the values of {@link #NAMES}, in that
 * order, all cheap to compute from what the extractive answerer already has (no model call). For the evaluation's
 * candidates file, from which {@code scripts/fit-ranker.py} fits {@link SentenceRanker}'s weights.
 */
public record SentenceFeatures(String sentence, List<Double> values) {

    /** The features' names, in the order of {@link #values}. */
    public static final List<String> NAMES = List.of("score", "coverage", "titleGain", "unitShare", "typeBonus",
            "typedSpan", "spanFit", "spanClose", "focus", "passageRecip", "passageCos", "lead", "relPos",
            "logWords", "quoted", "lexRankRecip", "scoreRatio", "density", "asked", "bestArticle", "typed");

    public SentenceFeatures {
        values = List.copyOf(values);
        if (values.size() != NAMES.size()) {
            throw new IllegalArgumentException(NAMES.size() + " values expected, got " + values.size());
        }
    }
}
