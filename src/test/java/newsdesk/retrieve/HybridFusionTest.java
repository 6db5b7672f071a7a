package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hybrid ranking both the built-in retriever and the Solr store use, as a table of hand-computed cases. */
class HybridFusionTest {

    private static final List<Hit> LEXICAL = List.of(new Hit(1, 12.0), new Hit(2, 8.0), new Hit(3, 4.0));
    private static final List<Hit> VECTOR = List.of(new Hit(3, 0.9), new Hit(4, 0.5));

    @Test
    void eachSideContributesAtLeastFiftyCandidatesAndFourPerResult() {
        int[][] table = {{1, 50}, {10, 50}, {12, 50}, {13, 52}, {100, 400}};
        for (int[] row : table) {
            assertThat(HybridFusion.candidates(row[0])).as("k = %d", row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void scoreFusionWeighsNormalisedScoresAndKeepsTheBestK() {
        // lexical normalised: 1 -> 1, 2 -> 0.5, 3 -> 0; vector normalised: 3 -> 1, 4 -> 0
        List<Hit> fused = HybridFusion.fuse(LEXICAL, VECTOR, 0.6, HybridRetriever.Fusion.SCORES, 3);
        assertThat(fused).extracting(Hit::row).containsExactly(1, 3, 2);
        assertThat(fused.get(0).score()).isCloseTo(0.6, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(0.4, within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void rrfFusionWeighsRanks() {
        List<Hit> fused = HybridFusion.fuse(LEXICAL, VECTOR, 0.5, HybridRetriever.Fusion.RRF, 10);
        assertThat(fused).extracting(Hit::row).containsExactly(3, 1, 2, 4);
        assertThat(fused.get(0).score()).isCloseTo(0.5 / 63 + 0.5 / 61, within(1e-12));
    }

    @Test
    void aWeightOfOneIsTheLexicalRankingAndZeroTheVectorRanking() {
        assertThat(HybridFusion.fuse(LEXICAL, VECTOR, 1.0, HybridRetriever.Fusion.SCORES, 2))
                .extracting(Hit::row).containsExactly(1, 2);
        assertThat(HybridFusion.fuse(LEXICAL, VECTOR, 0.0, HybridRetriever.Fusion.SCORES, 1))
                .extracting(Hit::row).containsExactly(3);
        assertThat(HybridFusion.fuse(List.of(), List.of(), 0.6, HybridRetriever.Fusion.SCORES, 5)).isEmpty();
    }

    @Test
    void refusesAWeightOutsideZeroOne() {
        assertThatThrownBy(() -> HybridFusion.fuse(LEXICAL, VECTOR, 1.5, HybridRetriever.Fusion.SCORES, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
