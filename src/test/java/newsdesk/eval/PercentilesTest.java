package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

    private static final List<Double> FIVE = List.of(50.0, 15.0, 40.0, 20.0, 35.0);
    private static final List<Double> TEN = List.of(20.0, 3.0, 6.0, 7.0, 8.0, 8.0, 10.0, 13.0, 15.0, 16.0);

    // Rank = ceil(p/100 * n) over the sorted values; the worked examples of the nearest-rank method.
    @ParameterizedTest(name = "five values, p{0} -> {1}")
    @CsvSource({"0, 15", "5, 15", "30, 20", "40, 20", "50, 35", "95, 50", "100, 50"})
    void fiveValues(double p, double expected) {
        assertThat(Percentiles.nearestRank(FIVE, p)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ten values, p{0} -> {1}")
    @CsvSource({"25, 7", "50, 8", "75, 15", "95, 20", "99, 20", "100, 20"})
    void tenValues(double p, double expected) {
        assertThat(Percentiles.nearestRank(TEN, p)).isEqualTo(expected);
    }

    @Test
    void hundredValuesGiveTheirOwnRank() {
        List<Double> values = IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList();
        assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(50.0);
        assertThat(Percentiles.nearestRank(values, 95)).isEqualTo(95.0);
        assertThat(Percentiles.nearestRank(values, 99)).isEqualTo(99.0);
    }

    @Test
    void emptyIsNaNAndOutOfRangeIsRejected() {
        assertThat(Percentiles.nearestRank(List.of(), 50)).isNaN();
        assertThatThrownBy(() -> Percentiles.nearestRank(FIVE, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(FIVE, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summaryOfLatencies() {
        LatencySummary summary = LatencySummary.of(TEN);
        assertThat(summary.count()).isEqualTo(10);
        assertThat(List.of(summary.p50(), summary.p95(), summary.p99())).containsExactly(8.0, 20.0, 20.0);
        assertThat(summary.mean()).isCloseTo(10.6, within(1e-9));
    }
}
