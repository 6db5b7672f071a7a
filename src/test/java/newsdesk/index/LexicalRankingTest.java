package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

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

    @ParameterizedTest(name = "best {0} of {1} matches, every {2}th document accepted")
    @CsvSource({
        "10, 1000, 1",
        "60, 12000, 3", // a question's match count, an outlet restriction
        "5, 3, 1", // fewer matches than asked for
        "50, 400, 200", // fewer accepted than asked for
        "0, 10, 1",
        "7, 0, 1",
    })
    void bestIsTheFilteredFullSortTakenToK(int k, int matches, int acceptEvery) {
        Random random = new Random(matches * 31L + k);
        long[] keys = new long[matches];
        for (int doc = 0; doc < matches; doc++) {
            // few distinct scores, so many ties that only the document number orders
            keys[doc] = LexicalRanking.key(1 + random.nextInt(20) / 4f, doc);
        }
        IntPredicate accept = doc -> doc % acceptEvery == 0;
        List<long[]> expected = new ArrayList<>();
        for (long key : keys) {
            int doc = Integer.MAX_VALUE - (int) key;
            if (accept.test(doc)) {
                expected.add(new long[] {key, doc});
            }
        }
        expected.sort(Comparator.comparingLong((long[] e) -> e[0]).reversed());
        LexicalRanking.Top top = LexicalRanking.ofKeys(keys).best(k, acceptEvery == 1 ? null : accept);

        assertThat(top.docs()).hasSize(Math.min(k, expected.size()));
        for (int i = 0; i < top.docs().length; i++) {
            assertThat(top.docs()[i]).isEqualTo((int) expected.get(i)[1]);
            assertThat(LexicalRanking.key(top.scores()[i], top.docs()[i])).isEqualTo(expected.get(i)[0]);
        }
        if (top.docs().length > 1) {
            assertThat(top.scores()[0]).isGreaterThanOrEqualTo(top.scores()[top.docs().length - 1]);
        }
    }
}
