package newsdesk.answer;

import java.util.Map;

/**
 * A learned no-answer decision for questions the extractive answerer would otherwise answer: a logistic regression
 * over named {@link AnswerSignals}, abstaining when the fitted probability that the articles cannot answer reaches
 * the threshold. A pure function of the signals.
 *
 * <p>The constants were fitted on the training sets only (docs/eval/factoid-dev.jsonl and MultiHop-RAG
 * queries-dev.json), one row per question the answerer was about to answer, by
 * {@code python3 scripts/fit-abstention.py --select 5 DEV/details.jsonl MH/details.jsonl} over the details of
 * {@code eval --out} runs (docs/answers.md, seventh pass). Greedy forward selection under repeated 5-fold
 * cross-validation, keeping false abstention within 0.02 of today on the factoid set and unchanged on MultiHop-RAG,
 * kept one signal: {@code foreignOutlet} (the question cites a publisher none of the read passages comes from). No
 * other signal added abstentions under those limits, so they carry no weight.
 */
public final class LearnedAbstention {

    /** Raw-unit weights by signal name (an absent signal weighs 0). */
    static final Map<String, Double> WEIGHTS = Map.of("foreignOutlet", 8.0815);
    static final double BIAS = -3.6998;
    /** Abstain at this probability or more (cross-validated abstention was the same from 0.3 to 0.9). */
    static final double THRESHOLD = 0.5;

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    LearnedAbstention(Map<String, Double> weights, double bias, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The fitted model (the constants above). */
    public static LearnedAbstention fitted() {
        return new LearnedAbstention(WEIGHTS, BIAS, THRESHOLD);
    }

    /** The fitted probability in (0, 1) that the articles cannot answer the question these signals describe. */
    public double probability(AnswerSignals signals) {
        Map<String, Double> values = signals.values();
        double z = bias;
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            Double value = values.get(w.getKey());
            if (value == null) {
                throw new IllegalArgumentException("no signal named " + w.getKey());
            }
            z += w.getValue() * value;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the decision reads one of the costly {@link AnswerSignals#DEEP} signals. */
    boolean readsDeep() {
        return weights.keySet().stream().anyMatch(AnswerSignals.DEEP::contains);
    }

    /** Whether to abstain: the probability reaches the threshold. */
    public boolean abstains(AnswerSignals signals) {
        return probability(signals) >= threshold;
    }
}
