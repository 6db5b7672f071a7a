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

/** The learned order as a table: lexical scores and features in, the order and the scores they take out. */
class SentenceRankerTest {

    private static final Article ARTICLE = Article.of("Title", "Source", null,
            OffsetDateTime.parse("2025-09-02T08:00:00Z"), "https://example.com/a", "Body.");
    private static final int SCORE = SentenceFeatures.NAMES.indexOf("score");
    private static final int TYPED_SPAN = SentenceFeatures.NAMES.indexOf("typedSpan");

    /** A model of two features: 1 × lexical score + 0.5 × "holds a span of the expected type". */
    private static final SentenceRanker RANKER = new SentenceRanker(weights(1.0, 0.5));

    @ParameterizedTest(name = "scores {0} spans {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // no span anywhere: the lexical order stays
            "0.9 0.6 0.3 | 0 0 0   | a b c",
            // the second sentence holds the span: 0.6 + 0.5 > 0.9; it takes the best place and its score
            "0.9 0.6 0.3 | 0 1 0   | b a c",
            // a span does not lift a sentence far behind: 0.3 + 0.5 < 0.9, but it passes b
            "0.9 0.6 0.3 | 0 0 1   | a c b",
            // two with spans pass the first (1.0 and 0.95 > 0.9)
            "0.9 0.5 0.45 | 0 1 1  | b c a",
            // equal model scores (0.9 each) keep the lexical order
            "0.9 0.4 0.4 | 0 1 1   | a b c",
            // only the sentences with features are re-ordered; d (none) stays last with its score
            "0.9 0.6 0.3 0.2 | 0 1 1 | b a c d",
    })
    void ordersByTheModelAndKeepsTheLexicalScale(String scores, String spans, String expected) {
        double[] s = parse(scores);
        double[] t = parse(spans);
        List<ScoredSentence> ranked = new ArrayList<>();
        List<double[]> features = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            ranked.add(sentence(String.valueOf((char) ('a' + i)), i, s[i]));
            if (i < t.length) {
                double[] f = new double[SentenceFeatures.NAMES.size()];
                f[SCORE] = s[i];
                f[TYPED_SPAN] = t[i];
                features.add(f);
            }
        }
        List<ScoredSentence> out = RANKER.rerank(ranked, features);
        assertThat(out).extracting(ScoredSentence::sentence).containsExactly(expected.split(" "));
        // the places keep their lexical scores: the scale QuoteChoice and DirectAnswers read does not change
        assertThat(out).extracting(ScoredSentence::score).containsExactly(Arrays.stream(s).boxed()
                .toArray(Double[]::new));
        for (ScoredSentence moved : out) {
            ScoredSentence before = ranked.get(moved.sentence().charAt(0) - 'a');
            assertThat(moved.coverage()).isEqualTo(before.coverage());
            assertThat(moved.start()).isEqualTo(before.start());
        }
    }

    @Test
    void leavesItsInputAlone() {
        List<ScoredSentence> input = List.of(sentence("a", 0, 0.9), sentence("b", 1, 0.6));
        double[] plain = new double[SentenceFeatures.NAMES.size()];
        double[] typed = plain.clone();
        typed[TYPED_SPAN] = 1;
        RANKER.rerank(input, List.of(plain, typed));
        assertThat(input).extracting(ScoredSentence::sentence).containsExactly("a", "b");
        assertThat(input).extracting(ScoredSentence::score).containsExactly(0.9, 0.6);
    }

    @Test
    void needsOneWeightPerFeature() {
        assertThatThrownBy(() -> new SentenceRanker(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThat(SentenceRanker.WEIGHTS).hasSize(SentenceFeatures.NAMES.size());
    }

    @Test
    void theFittedModelPrefersASentenceHoldingAnAnswerNextToTheQuestionsWords() {
        double[] plain = new double[SentenceFeatures.NAMES.size()];
        plain[SCORE] = 0.6;
        double[] typed = plain.clone();
        typed[TYPED_SPAN] = 1;
        typed[SentenceFeatures.NAMES.indexOf("spanFit")] = 1;
        typed[SentenceFeatures.NAMES.indexOf("spanClose")] = 1;
        SentenceRanker fitted = SentenceRanker.fitted();
        assertThat(fitted.score(typed)).isGreaterThan(fitted.score(plain));
        double[] better = plain.clone();
        better[SCORE] = 0.9;
        assertThat(fitted.score(better)).isGreaterThan(fitted.score(plain));
    }

    private static double[] weights(double score, double typedSpan) {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        w[SCORE] = score;
        w[TYPED_SPAN] = typedSpan;
        return w;
    }

    private static double[] parse(String values) {
        return Arrays.stream(values.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    private static ScoredSentence sentence(String text, int start, double score) {
        return new ScoredSentence(ARTICLE, text, start, start + 1, Set.of(text), score / 2, 1, score, score / 2);
    }
}
