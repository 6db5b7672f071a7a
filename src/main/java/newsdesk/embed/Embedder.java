package newsdesk.embed;

import java.util.List;

/**
 * Turns text into unit-length vectors. Hides the embedding library: nothing outside {@code index} sees its types.
 *
 * <p>Contract: every vector has {@link #dimension()} components and an L2 norm of 1 (so a dot product is the cosine);
 * the same text always gives the same vector; {@link #embedAll} returns vectors in input order.
 */
public interface Embedder {

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    int dimension();

    /** Identifies the model and its settings; snapshots made with another id are not reused. */
    String modelId();

    /**
     * The cosine similarity below which a passage is unrelated to a question for this model, as calibrated on a
     * benchmark; 0 when not calibrated (the extractive answerer then does not judge similarity).
     */
    default double unrelatedBelow() {
        return 0;
    }

    /** Word pieces the model sees for {@code text}, without special tokens. */
    int countTokens(String text);

    /**
     * The most word pieces (without special tokens) the model reads of one text: the rest is cut off, so ingestion
     * sizes each embedded text to fit. Unlimited unless the model says otherwise.
     */
    default int maxTokens() {
        return Integer.MAX_VALUE;
    }

    /** Normalises {@code vector} to unit length in place and returns it. */
    static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        if (sum > 0) {
            float inverse = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= inverse;
            }
        }
        return vector;
    }
}
