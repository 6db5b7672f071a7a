package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetrievalMetricsTest {

    private static final String CHUNK = "The quick brown\n\nfox jumps  over\tthe lazy dog.";

    @Test
    void squashRemovesEveryKindOfWhitespace() {
        assertThat(RetrievalMetrics.squash(" a b\nc\r\nd\te  ")).isEqualTo("abcde");
        assertThat(RetrievalMetrics.squash("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "quick brown fox            | true",   // paragraph break inside the fact's span
            "brown fox jumps over the   | true",   // double space and tab in the chunk
            "quickbrownfox              | true",   // the rule ignores word boundaries once spaces go
            "Quick brown fox            | false",  // case-sensitive, as in the paper
            "the lazy cat               | false",
    })
    void oneFactHitRule(String fact, boolean hit) {
        assertThat(RetrievalMetrics.isHit(CHUNK, List.of(fact.strip()))).isEqualTo(hit);
    }

    @Test
    void anyFactIsEnoughAndBlankFactsNeverMatch() {
        assertThat(RetrievalMetrics.isHit(CHUNK, List.of("a cat", "lazy dog"))).isTrue();
        assertThat(RetrievalMetrics.isHit(CHUNK, List.of("a cat", "a mouse"))).isFalse();
        assertThat(RetrievalMetrics.isHit(CHUNK, List.of())).isFalse();
        assertThat(RetrievalMetrics.isHit(CHUNK, List.of("", " \n "))).isFalse();
    }

    @Test
    void firstHitRankIsOneBasedAndZeroWithoutHit() {
        List<String> facts = List.of("the fact");
        assertThat(RetrievalMetrics.firstHitRank(List.of("the fact here", "x"), facts)).isEqualTo(1);
        assertThat(RetrievalMetrics.firstHitRank(List.of("x", "y", "thefact", "the fact"), facts)).isEqualTo(3);
        assertThat(RetrievalMetrics.firstHitRank(List.of("x", "y"), facts)).isZero();
        assertThat(RetrievalMetrics.firstHitRank(List.of(), facts)).isZero();
    }

    @ParameterizedTest(name = "rank {0}, k {1} -> {2}")
    @CsvSource({
            "0, 4, false",
            "1, 4, true",
            "4, 4, true",
            "5, 4, false",
            "10, 10, true",
            "11, 10, false",
    })
    void hitAtK(int rank, int k, boolean hit) {
        assertThat(RetrievalMetrics.hitAt(rank, k)).isEqualTo(hit);
    }

    @ParameterizedTest(name = "rank {0} -> {1}")
    @CsvSource({
            "1, 1.0",
            "2, 0.5",
            "4, 0.25",
            "10, 0.1",
            "11, 0.0",
            "0, 0.0",
    })
    void reciprocalRankAtTen(int rank, double expected) {
        assertThat(RetrievalMetrics.reciprocalRank(rank, 10)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void evidenceRecallCountsDistinctArticlesAmongTopK() {
        List<RetrievedChunk> ranked = List.of(chunk("a"), chunk("b"), chunk("a"), chunk("c"));
        assertThat(RetrievalMetrics.evidenceRecall(ranked, List.of("url-a", "url-c"), 2)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.evidenceRecall(ranked, List.of("url-a", "url-c"), 4)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.evidenceRecall(ranked, List.of("url-a", "url-a", "url-d"), 10)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.evidenceRecall(ranked, List.of("id-b", "url-c", "url-d"), 4))
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RetrievalMetrics.evidenceRecall(List.of(), List.of("url-a"), 10)).isZero();
        assertThatThrownBy(() -> RetrievalMetrics.evidenceRecall(ranked, List.of(), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static RetrievedChunk chunk(String article) {
        return new RetrievedChunk("text of " + article, "id-" + article, "url-" + article, 1.0);
    }
}
