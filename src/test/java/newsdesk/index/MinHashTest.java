package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String WIRE = "Port Ellery closed its harbour bridge to all traffic on Wednesday after "
            + "engineers found corroded steel cables under the main span, the town council said. The closure forces "
            + "about 30,000 commuters a day onto a ferry service and a detour of 40 kilometres around the bay. Mayor "
            + "Ines Calder said the bridge would stay shut until a full structural survey is finished.";

    @Test
    void shinglesAreFiveWordWindowsOfLowerCasedWords() {
        assertThat(MinHash.shingles("One, two THREE four five six.")).containsExactly(
                "one two three four five", "two three four five six");
        assertThat(MinHash.shingles("Too short here")).containsExactly("too short here");
        assertThat(MinHash.shingles(" … ")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a, b, exact Jaccard of their shingle sets
        "identical | a b c d e f | a b c d e f | 1.0",
        "one shingle of two shared | a b c d e f | a b c d e g | 0.3333333333",
        "nothing shared | a b c d e | f g h i j | 0.0",
        "case and punctuation ignored | A b, c d E! | a B c D e | 1.0",
    })
    void jaccardOfShingleSets(String name, String a, String b, double expected) {
        assertThat(MinHash.jaccard(MinHash.shingles(a), MinHash.shingles(b))).isCloseTo(expected, within(1e-9));
    }

    @Test
    void signatureSimilarityEstimatesJaccard() {
        String rewrite = WIRE + " Officials are expected to give an update on Friday.";
        double exact = MinHash.jaccard(MinHash.shingles(WIRE), MinHash.shingles(rewrite));
        double estimate = MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(rewrite));
        assertThat(exact).isBetween(0.7, 0.95);
        // 128 hashes: standard error sqrt(J(1-J)/128) < 0.045, so 3 errors is 0.135
        assertThat(estimate).isCloseTo(exact, within(0.135));
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(WIRE))).isEqualTo(1.0);
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature("Tulip growers say the mild "
                + "winter brought the first blooms three weeks early this year."))).isLessThan(0.1);
    }

    @Test
    void emptyTextsAreNeverSimilar() {
        assertThat(MinHash.similarity(MinHash.signature(""), MinHash.signature(""))).isZero();
    }

    @Test
    void groupsJoinCopiesTransitivelyAndLeaveOthersOut() {
        String copy = "PORT ELLERY (Wire) — " + WIRE;
        String copyOfCopy = copy + " Officials are expected to give an update on Friday.";
        Map<String, long[]> signatures = new LinkedHashMap<>();
        signatures.put("fortune", MinHash.signature(copy));
        signatures.put("courier", MinHash.signature("Inspectors found hairline cracks in the deck of the Port "
                + "Ellery harbour bridge on Monday, the town council said, and engineers will examine the cables."));
        signatures.put("yahoo", MinHash.signature(copyOfCopy));
        signatures.put("original", MinHash.signature(WIRE));

        Map<String, List<String>> groups = MinHash.groups(signatures, MinHash.DEFAULT_THRESHOLD);

        assertThat(groups).containsOnlyKeys("fortune", "yahoo", "original");
        assertThat(groups.get("fortune")).containsExactly("yahoo", "original");
        assertThat(groups.get("yahoo")).containsExactly("fortune", "original");
        assertThat(groups.get("original")).containsExactly("fortune", "yahoo");
    }

    @ParameterizedTest(name = "threshold {0}")
    @CsvSource({"0.5, true", "0.99, false"})
    void thresholdDecides(double threshold, boolean grouped) {
        Map<String, long[]> signatures = Map.of("a", MinHash.signature(WIRE),
                "b", MinHash.signature(WIRE + " A new sentence at the end of the story changes a few shingles."));
        assertThat(MinHash.groups(signatures, threshold).isEmpty()).isEqualTo(!grouped);
    }
}
