package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;

/** The semantic blend as a table: lexical scores and cosines in, the blended order out. */
class SemanticBlendTest {

    private static final Article ARTICLE = Article.of("Title", "Source", null,
            OffsetDateTime.parse("2025-09-02T08:00:00Z"), "https://example.com/a", "Body.");

    @ParameterizedTest(name = "scores {0} cosines {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the lexical score leads when the cosines agree
            "0.9 0.5 0.3 | 0.5 0.5 0.5 | a b c",
            // a near tie goes to the sentence closer in meaning (0.50 + 0.25 × 0.8 > 0.55 + 0.25 × 0.4)
            "0.55 0.50   | 0.4 0.8     | b a",
            // a wide lexical gap is not overturned by the cosine (0.9 + 0.25 × 0.2 > 0.5 + 0.25 × 0.9)
            "0.9 0.5     | 0.2 0.9     | a b",
            // equal blends keep the input order
            "0.5 0.5     | 0.6 0.6     | a b",
            // 0.3 + 0.25 × 0.8 = 0.5 ties 0.5 + 0 and stays second; a higher cosine passes it
            "0.5 0.3 0.3 | 0.0 0.8 0.9 | c a b",
            // sentences beyond the cosines keep their score: 0.4 + 0.25 × 0.2 = 0.45 < 0.5
            "0.4 0.5 0.1 | 0.2         | b a c",
    })
    void ordersByScorePlusAQuarterOfTheCosine(String scores, String cosines, String expected) {
        double[] s = parse(scores);
        double[] c = parse(cosines);
        List<ScoredSentence> sentences = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            sentences.add(sentence(String.valueOf((char) ('a' + i)), i, s[i]));
        }
        List<ScoredSentence> blended = SemanticBlend.rerank(sentences, c);
        assertThat(blended).extracting(ScoredSentence::sentence).containsExactly(expected.split(" "));
        for (ScoredSentence b : blended) {
            int i = b.sentence().charAt(0) - 'a';
            double expectedScore = i < c.length ? s[i] + SemanticBlend.WEIGHT * c[i] : s[i];
            assertThat(b.score()).isCloseTo(expectedScore, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(b.coverage()).isEqualTo(sentences.get(i).coverage());
        }
    }

    @Test
    void takesAtMostOneCosinePerSentence() {
        List<ScoredSentence> one = List.of(sentence("a", 0, 0.5));
        assertThatThrownBy(() -> SemanticBlend.rerank(one, new double[] {0.1, 0.2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesItsInputAlone() {
        List<ScoredSentence> input = List.of(sentence("a", 0, 0.2), sentence("b", 1, 0.9));
        SemanticBlend.rerank(input, new double[] {0.9, 0.1});
        assertThat(input).extracting(ScoredSentence::score).containsExactly(0.2, 0.9);
    }

    private static double[] parse(String values) {
        return Arrays.stream(values.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static ScoredSentence sentence(String text, int start, double score) {
        return new ScoredSentence(ARTICLE, text, start, start + 1, Set.of(text), score / 2, 1, score, score / 2);
    }
}
