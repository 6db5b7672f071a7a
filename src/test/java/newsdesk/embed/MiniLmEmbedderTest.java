package newsdesk.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Newsdesk's batched encoder (texts sorted by length, padded per batch, one ONNX call per batch) and its one-text path
 * (a question) give the same vectors as langchain4j's own all-MiniLM-L6-v2 models embedding one text at a time, and
 * the one-text path gives bit-identical vectors on its one-thread session (used under concurrent load) and on the
 * session with a thread per core (used alone).
 */
class MiniLmEmbedderTest {

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("Kim Jong Un will join Xi Jinping at the Beijing parade.",
                "Parade", "", "The harbour reopened on Monday after two weeks of repairs. Ships queued overnight.",
                "Trump won’t be attending, nor will most European leaders — 80th anniversary, 1950-53 Korean War."));
        StringBuilder longer = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            longer.append("word").append(i).append(' ');
            texts.add(longer.toString().strip()); // 70 lengths, some past the model's 128 word pieces
        }
        return texts;
    }

    private static void sameVectors(MiniLmEmbedder ours, EmbeddingModel reference) {
        List<String> texts = texts();
        List<float[]> batched = ours.embedAll(texts);
        assertThat(batched).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).isEmpty()) {
                continue; // langchain4j refuses blank text
            }
            float[] expected = reference.embed(texts.get(i)).content().vector();
            double dot = 0;
            for (int d = 0; d < expected.length; d++) {
                dot += expected[d] * batched.get(i)[d];
            }
            assertThat(dot).as("cosine for text %d", i).isGreaterThan(0.9999);
            float[] alone = ours.embed(texts.get(i));
            assertThat(cosine(expected, alone)).as("cosine of the one-text path for text %d", i)
                    .isGreaterThan(0.9999);
            assertThat(alone).containsExactly(ours.embed(texts.get(i)));
            assertThat(ours.embed(texts.get(i), true)).as("one-thread session, text %d", i).containsExactly(alone);
            assertThat(ours.embed(texts.get(i), false)).as("one-thread-per-core session, text %d", i)
                    .containsExactly(alone);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    @Test
    void batchedVectorsMatchLangchain4jsModel() {
        try (MiniLmEmbedder ours = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, 2)) {
            sameVectors(ours, new AllMiniLmL6V2EmbeddingModel());
            assertThat(ours.dimension()).isEqualTo(384);
            assertThat(ours.maxTokens()).isEqualTo(126);
            String beyond = texts().get(texts().size() - 1);
            assertThat(ours.countTokens(beyond)).isEqualTo(ours.maxTokens());
        }
    }

    @Test
    void batchedVectorsMatchLangchain4jsQuantizedModel() {
        try (MiniLmEmbedder ours = new MiniLmEmbedder(MiniLmEmbedder.Variant.QUANTIZED, 2)) {
            sameVectors(ours, new AllMiniLmL6V2QuantizedEmbeddingModel());
        }
    }
}
