package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexicalRankingTest {

    @ParameterizedTest(name = "{0} at doc {1} ranks before {2} at doc {3}")
    @CsvSource({
        "2.5, 7, 2.25, 1", // higher score first
        "1.0, 3, 1.0, 4", // equal scores: lower document first, as Lucene's top-k
        "0.001, 0, 0.0009, 0",
        "1e-30, 5, 0.0, 2", // a tiny positive score above zero
        "40.0, 2147483646, 39.99, 0",
    })
    void keysOrderByScoreThenDocument(float betterScore, int betterDoc, float worseScore, int worseDoc) {
        assertThat(LexicalRanking.key(betterScore, betterDoc)).isGreaterThan(LexicalRanking.key(worseScore, worseDoc));
    }
}
