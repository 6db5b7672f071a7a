package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.embed.Embedder;

/** Cosines from an embedder with hand-made unit vectors, and the memo that spares re-embedding sentences. */
class EmbeddedSentenceSimilarityTest {

    /** Unit vectors by text; records every text it embeds. */
    private static final class HandVectors implements Embedder {

        private final Map<String, float[]> vectors = Map.of(
                "question", new float[] {1, 0, 0},
                "same", new float[] {1, 0, 0},
                "apart", new float[] {0, 1, 0},
                "between", new float[] {0.6f, 0.8f, 0},
                "opposite", new float[] {-1, 0, 0});
        final List<String> embedded = new ArrayList<>();

        @Override
        public float[] embed(String text) {
            return vectors.get(text).clone();
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            embedded.addAll(texts);
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public String modelId() {
            return "hand";
        }

        @Override
        public int countTokens(String text) {
            return 1;
        }
    }

    @Test
    void givesTheCosineOfEachSentenceInOrder() {
        HandVectors embedder = new HandVectors();
        double[] cosines = new EmbeddedSentenceSimilarity(embedder, 10).cosines("question",
                List.of("same", "apart", "between", "opposite"));
        assertThat(cosines[0]).isCloseTo(1, within(1e-6));
        assertThat(cosines[1]).isCloseTo(0, within(1e-6));
        assertThat(cosines[2]).isCloseTo(0.6, within(1e-6));
        assertThat(cosines[3]).isCloseTo(-1, within(1e-6));
    }

    @Test
    void embedsEachSentenceOnceWhileItIsRemembered() {
        HandVectors embedder = new HandVectors();
        EmbeddedSentenceSimilarity similarity = new EmbeddedSentenceSimilarity(embedder, 10);
        similarity.cosines("question", List.of("same", "apart", "same"));
        double[] again = similarity.cosines("question", List.of("apart", "between"));
        assertThat(embedder.embedded).containsExactly("same", "apart", "between");
        assertThat(again[0]).isCloseTo(0, within(1e-6));
        assertThat(again[1]).isCloseTo(0.6, within(1e-6));
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        HandVectors embedder = new HandVectors();
        EmbeddedSentenceSimilarity similarity = new EmbeddedSentenceSimilarity(embedder, 2);
        similarity.cosines("question", List.of("same", "apart"));
        similarity.cosines("question", List.of("same"));
        similarity.cosines("question", List.of("between"));
        similarity.cosines("question", List.of("same", "apart"));
        assertThat(embedder.embedded).containsExactly("same", "apart", "between", "apart");
    }
}
