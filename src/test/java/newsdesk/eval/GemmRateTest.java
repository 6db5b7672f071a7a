package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GemmRateTest {

    @Test
    void theHandBuiltMatMulModelMultipliesMatrices() throws Exception {
        // [[1, 2, 3], [4, 5, 6]] · [[7, 8], [9, 10], [11, 12]] = [[58, 64], [139, 154]]
        float[] product = GemmRate.multiply(new float[] {1, 2, 3, 4, 5, 6}, new float[] {7, 8, 9, 10, 11, 12}, 2, 3, 2);
        assertThat(product).containsExactly(58, 64, 139, 154);
    }

    @Test
    void minilmCostsAbout21MegaflopPerWordPiece() {
        assertThat(GemmRate.MINILM_FLOP_PER_WORD_PIECE).isEqualTo(21_233_664.0);
    }

    @Test
    void theRateIsAPositiveNumberOfGigaflops() {
        assertThat(GemmRate.gflops(64, 384, 384, 1, 2)).isPositive().isFinite();
    }
}
