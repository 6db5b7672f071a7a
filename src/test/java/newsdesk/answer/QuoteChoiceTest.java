package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;

class QuoteChoiceTest {

    private static final Article A = new Article("a", "Parade", "Wire", null, null, null, "body");
    private static final Article B = new Article("b", "Summit", "Wire", null, null, null, "body");

    /** Candidates: "article:start:score:terms separated by +", ranked as given. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // the best alone when the next falls under 0.7 of its score
        "a:0:1.0:kim+putin, a:50:0.6:parade+beijing                 | 3 | 0",
        // the next kept at 0.7 of the best, the third too when it brings new words
        "a:0:1.0:kim+putin, a:50:0.7:parade+beijing, b:0:0.9:xi+army | 3 | 0,50,0",
        // the limit stops the list
        "a:0:1.0:kim+putin, a:50:0.9:parade+beijing, b:0:0.9:xi+army | 2 | 0,50",
        // the same sentence (article and offset) is quoted once
        "a:0:1.0:kim+putin, a:0:0.95:kim+putin+xi                    | 3 | 0",
        // more than 0.6 of the smaller term set shared: redundant, skipped, the next still considered
        "a:0:1.0:kim+putin+xi, b:9:0.9:kim+putin+army, b:20:0.8:parade | 3 | 0,20",
        // exactly 0.6 shared is not redundant
        "a:0:1.0:w1+w2+w3+w4+w5, b:9:0.9:w1+w2+w3+x4+x5              | 3 | 0,9",
    })
    void quotesTheBestThenCloseNonRedundantOnes(String candidates, int max, String starts) {
        List<ScoredSentence> ranked = Arrays.stream(candidates.split(",\\s*")).map(QuoteChoiceTest::sentence)
                .toList();
        List<Integer> chosen = QuoteChoice.choose(ranked, max).stream().map(ScoredSentence::start).toList();
        assertThat(chosen).containsExactlyElementsOf(Arrays.stream(starts.split(","))
                .map(Integer::valueOf).toList());
    }

    private static ScoredSentence sentence(String spec) {
        String[] f = spec.split(":");
        Article article = f[0].equals("a") ? A : B;
        int start = Integer.parseInt(f[1]);
        Set<String> terms = Set.of(f[3].split("\\+"));
        return new ScoredSentence(article, "sentence " + spec, start, start + 10, terms, 0.5, 1,
                Double.parseDouble(f[2]), 0.5);
    }
}
