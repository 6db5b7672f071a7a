package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SyntheticVectorsTest {

    private static final List<float[]> BASE = List.of(new float[] {1, 0, 0}, new float[] {0, 3, 4});

    @Test
    void withoutNoiseTheBaseRepeatsNormalised() {
        List<float[]> vectors = SyntheticVectors.replicate(BASE, 5, 0, new Random(1));
        assertThat(vectors).hasSize(5);
        assertThat(vectors.get(0)).containsExactly(1f, 0f, 0f);
        assertThat(vectors.get(1)).containsExactly(0f, 0.6f, 0.8f);
        assertThat(vectors.get(4)).containsExactly(1f, 0f, 0f);
    }

    @Test
    void noisyCopiesAreUnitLengthDistinctAndCloseToTheirBase() {
        List<float[]> vectors = SyntheticVectors.replicate(BASE, 4, 0.01, new Random(7));
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            float[] base = SyntheticVectors.unit(BASE.get(i % 2).clone());
            assertThat(dot(v, v)).isCloseTo(1.0, within(1e-5));
            assertThat(dot(v, base)).isGreaterThan(0.99);
        }
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(2));
        assertThat(SyntheticVectors.replicate(BASE, 4, 0.01, new Random(7)).get(3)).containsExactly(vectors.get(3));
    }

    @Test
    void rejectsEmptyBaseAndZeroVectors() {
        assertThatThrownBy(() -> SyntheticVectors.replicate(List.of(), 3, 0, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticVectors.unit(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spreadPicksEvenlyOverTheList() {
        List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(BenchSupport.spread(items, 5)).containsExactly(0, 2, 4, 6, 8);
        assertThat(BenchSupport.spread(items, 3)).containsExactly(0, 3, 6);
        assertThat(BenchSupport.spread(items, 20)).isEqualTo(items);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
