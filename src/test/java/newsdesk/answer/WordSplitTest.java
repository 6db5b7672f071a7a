package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordSplitTest {

    private static final String GAP = "[^\\p{L}\\p{N}-]+";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  ", "word", " word", "word ", " two words, then more. ", "hat-trick and first-round",
            "it’s 51% (€927 million)", "Zoë Ça élan ½ ² Ⅻ ٣", "emoji 😀 between", "--", "- -", "a\u00a0b\tc\nd",
            "\ud800 lone surrogate \udc00", "日本語の文"})
    void splitsLikeThePattern(String text) {
        assertThat(WordSplit.words(text)).as(text).containsExactly(text.split(GAP));
    }

    @Test
    void splitsRandomTextsLikeThePattern() {
        String alphabet = "aZé9-- ,.'’\t½Ⅻ\u00a0😀\ud800日";
        int[] points = alphabet.codePoints().toArray();
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
            String t = text.toString();
            assertThat(WordSplit.words(t)).as(t).containsExactly(t.split(GAP));
        }
    }
}
