package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthesises benchmark vectors from real embeddings: vector i is base vector {@code i mod n} plus Gaussian noise of
 * standard deviation {@code noise} per dimension, rescaled to unit length. With noise 0 the base vectors repeat
 * exactly; small noise keeps the distribution of real embeddings while making every vector distinct.
 */
public final class SyntheticVectors {

    private SyntheticVectors() {
    }

    public static List<float[]> replicate(List<float[]> base, int size, double noise, Random random) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("need at least one base vector");
        }
        List<float[]> vectors = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            float[] source = base.get(i % base.size());
            float[] vector = new float[source.length];
            for (int d = 0; d < source.length; d++) {
                vector[d] = (float) (source[d] + noise * random.nextGaussian());
            }
            vectors.add(unit(vector));
        }
        return vectors;
    }

    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            throw new IllegalArgumentException("cannot normalise a zero vector");
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] = (float) (vector[d] / norm);
        }
        return vector;
    }
}
