package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VectorMatrixTest {

    @Test
    void topKEqualsAFullSortForRandomData() {
        Random random = new Random(3);
        int dim = 8;
        float[] data = new float[300 * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        VectorMatrix matrix = VectorMatrix.of(dim, data);
        for (int q = 0; q < 30; q++) {
            float[] query = new float[dim];
            for (int i = 0; i < dim; i++) {
                query[i] = (float) random.nextGaussian();
            }
            int k = 1 + random.nextInt(40);
            int[] expected = IntStream.range(0, 300).boxed()
                    .filter(row -> row % 2 == 0)
                    .sorted(Comparator.comparingDouble((Integer row) -> -score(data, dim, row, query))
                            .thenComparing(row -> row))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            VectorMatrix.ScoredRows top = matrix.top(query, k, row -> row % 2 == 0);
            assertThat(top.rows()).containsExactly(expected);
        }
    }

    private static float score(float[] data, int dim, int row, float[] query) {
        float s = 0;
        for (int i = 0; i < dim; i++) {
            s += data[row * dim + i] * query[i];
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 9, 15, 16, 383, 384, 385})
    void unrolledDotMatchesADoublePrecisionReference(int dim) {
        Random random = new Random(dim);
        float[] data = new float[5 * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        float[] query = new float[dim];
        for (int i = 0; i < dim; i++) {
            query[i] = (float) random.nextGaussian();
        }
        for (int row = 0; row < 5; row++) {
            double exact = 0;
            for (int i = 0; i < dim; i++) {
                exact += (double) data[row * dim + i] * query[i];
            }
            assertThat((double) VectorMatrix.dot(data, row * dim, query)).isCloseTo(exact,
                    within(1e-4 * Math.sqrt(dim)));
        }
    }

    @Test
    void appendAndRetainKeepRowsInOrder() {
        VectorMatrix m = VectorMatrix.empty(2).append(List.of(new float[] {1, 2}, new float[] {3, 4},
                new float[] {5, 6}));
        assertThat(m.size()).isEqualTo(3);
        VectorMatrix kept = m.retain(row -> row != 1);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(Arrays.equals(kept.row(1), new float[] {5, 6})).isTrue();
        assertThat(m.top(new float[] {1, 1}, 10, null).rows()).containsExactly(2, 1, 0);
    }

    /** Clustered unit vectors sharing a common offset, like sentence embeddings of one corpus. */
    private static float[] clustered(int rows, int dimension, int clusters, Random random) {
        float[][] centers = new float[clusters][dimension];
        float[] offset = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            offset[d] = (float) random.nextGaussian() * 0.5f;
        }
        for (float[] center : centers) {
            for (int d = 0; d < dimension; d++) {
                center[d] = offset[d] + (float) random.nextGaussian();
            }
        }
        float[] data = new float[rows * dimension];
        for (int row = 0; row < rows; row++) {
            float[] center = centers[random.nextInt(clusters)];
            float[] v = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                v[d] = center[d] + (float) random.nextGaussian() * 0.6f;
            }
            System.arraycopy(unit(v), 0, data, row * dimension, dimension);
        }
        return data;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return out;
    }

    @Test
    void largeMatricesShortlistBySignCodesAndStillFindTheExactTopRows() {
        Random random = new Random(7);
        int dimension = 384;
        VectorMatrix m = VectorMatrix.of(dimension, clustered(20_000, dimension, 300, random));
        double recall = 0;
        int sameBest = 0;
        int queries = 40;
        for (int q = 0; q < queries; q++) {
            float[] query = m.row(random.nextInt(m.size()));
            for (int d = 0; d < dimension; d++) {
                query[d] += (float) random.nextGaussian() * 0.03f;
            }
            query = unit(query);
            VectorMatrix.ScoredRows fast = m.top(query, 10, null);
            VectorMatrix.ScoredRows exact = m.topExact(query, 10, null);
            assertThat(fast.rows()).hasSize(10);
            assertThat(fast.scores()).isSortedAccordingTo(Comparator.reverseOrder());
            long found = Arrays.stream(fast.rows()).filter(r -> Arrays.stream(exact.rows()).anyMatch(e -> e == r))
                    .count();
            recall += found / 10.0;
            sameBest += fast.rows()[0] == exact.rows()[0] ? 1 : 0;
        }
        assertThat(recall / queries).isGreaterThanOrEqualTo(0.95);
        assertThat(sameBest).isGreaterThanOrEqualTo(queries - 1);

        float[] query = m.row(3);
        VectorMatrix.ScoredRows even = m.top(query, 10, row -> row % 2 == 0);
        assertThat(Arrays.stream(even.rows()).allMatch(row -> row % 2 == 0)).isTrue();
        assertThat(even.rows()).containsExactly(m.topExact(query, 10, row -> row % 2 == 0).rows());
    }

    @ParameterizedTest(name = "{0} rows, k {1}, every {2}th row accepted")
    @CsvSource({"6000, 10, 1", "6000, 10, 3", "9000, 100, 1", "20000, 40, 7"})
    void theShortlistIsTheRowsOfSmallestSignDistanceTiesToTheLowerRow(int rows, int k, int acceptEvery) {
        Random random = new Random(rows + k);
        int dimension = 64; // few distinct distances: many ties at the cut-off
        float[] data = new float[rows * dimension];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextGaussian();
        }
        for (int row = 0; row < rows; row++) {
            float[] unit = unit(Arrays.copyOfRange(data, row * dimension, (row + 1) * dimension));
            System.arraycopy(unit, 0, data, row * dimension, dimension);
        }
        VectorMatrix m = VectorMatrix.of(dimension, data);
        SignCodes codes = SignCodes.of(data, rows, dimension);
        java.util.function.IntPredicate accept = acceptEvery == 1 ? null : row -> row % acceptEvery == 0;
        for (int q = 0; q < 5; q++) {
            float[] query = unit(Arrays.copyOfRange(data, q * dimension, (q + 1) * dimension));
            query[q] += 0.5f;
            query = unit(query);
            long[] code = codes.encode(query);
            int shortlist = Math.max(VectorMatrix.SHORTLIST_MIN, VectorMatrix.SHORTLIST_FACTOR * k);
            java.util.Set<Integer> expectedShortlist = new java.util.HashSet<>(IntStream.range(0, rows)
                    .filter(row -> accept == null || accept.test(row)).boxed()
                    .sorted(Comparator.<Integer>comparingInt(row -> codes.distance(row, code)).thenComparing(row -> row))
                    .limit(shortlist).toList());
            VectorMatrix.ScoredRows expected = m.topExact(query, k, expectedShortlist::contains);
            VectorMatrix.ScoredRows actual = m.top(query, k, accept);
            assertThat(actual.rows()).containsExactly(expected.rows());
            assertThat(actual.scores()).containsExactly(expected.scores());
        }
    }
}
