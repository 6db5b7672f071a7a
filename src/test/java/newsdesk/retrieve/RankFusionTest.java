package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankFusionTest {

    private static List<Hit> ranking(int... rows) {
        return java.util.Arrays.stream(rows).mapToObj(r -> new Hit(r, 100 - r)).toList();
    }

    @Test
    void reciprocalRankMatchesHandComputedScores() {
        // lexical: 7, 3, 5    vector: 3, 9
        List<Hit> fused = RankFusion.reciprocalRank(
                List.of(ranking(7, 3, 5), ranking(3, 9)), new double[] {1, 1}, 60);
        assertThat(fused).extracting(Hit::row).containsExactly(3, 7, 9, 5);
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
        assertThat(fused.get(3).score()).isCloseTo(1.0 / 63, within(1e-12));
    }

    @Test
    void reciprocalRankWeightsFavourTheHeavierRanking() {
        List<Hit> fused = RankFusion.reciprocalRank(
                List.of(ranking(1), ranking(2)), new double[] {0.8, 0.2}, 60);
        assertThat(fused).extracting(Hit::row).containsExactly(1, 2);
        assertThat(fused.get(0).score()).isCloseTo(0.8 / 61, within(1e-12));
    }

    @Test
    void scoreFusionNormalisesEachRankingToZeroOne() {
        List<Hit> lexical = List.of(new Hit(1, 12.0), new Hit(2, 8.0), new Hit(3, 4.0));
        List<Hit> vector = List.of(new Hit(3, 0.9), new Hit(4, 0.5));
        List<Hit> fused = RankFusion.scores(List.of(lexical, vector), new double[] {0.6, 0.4});
        // 1: 0.6*1 = 0.6; 2: 0.6*0.5 = 0.3; 3: 0.6*0 + 0.4*1 = 0.4; 4: 0.4*0 = 0
        assertThat(fused).extracting(Hit::row).containsExactly(1, 3, 2, 4);
        assertThat(fused).extracting(Hit::score).containsExactly(0.6, 0.4, 0.3, 0.0);
    }

    @Test
    void tiesAreBrokenByRowAndEmptyRankingsAreHarmless() {
        List<Hit> fused = RankFusion.scores(List.of(List.of(new Hit(5, 1), new Hit(2, 1)), List.of()),
                new double[] {0.5, 0.5});
        assertThat(fused).extracting(Hit::row).containsExactly(2, 5);
        assertThat(RankFusion.reciprocalRank(List.of(List.of(), List.of()), new double[] {1, 1}, 60)).isEmpty();
    }
}
