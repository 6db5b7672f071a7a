package newsdesk.answer;

/**
 * A learned no-answer decision: logistic regression over a question's {@link AnswerSignals}. PLACEHOLDER.
 */
public final class LearnedAbstention {

    private final double[] weights;
    private final double bias;
    private final double threshold;

    LearnedAbstention(double[] weights, double bias, double threshold) {
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    public double probability(AnswerSignals signals) {
        double z = bias;
        int i = 0;
        for (double v : signals.values().values()) {
            z += weights[i++] * v;
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean abstains(AnswerSignals signals) {
        return probability(signals) >= threshold;
    }
}
