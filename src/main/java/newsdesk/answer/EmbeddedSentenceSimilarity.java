package newsdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import newsdesk.embed.Embedder;

/**
 * {@link SentenceSimilarity} computed at answer time with the embedder the index uses: the question is embedded once
 * per call and the sentences in one batch, each sentence's vector kept in a bounded least-recently-used memo, so a
 * sentence read again by a later question is not embedded again. Thread-safe.
 *
 * <p>The first reading of a sentence costs one embedding (about 0.2 s of CPU per answer on the factoid dev set, on a
 * loaded 2-core machine), one reason it is off by default ({@code NEWSDESK_SENTENCE_VECTORS}, docs/answers.md).
 */
public final class EmbeddedSentenceSimilarity implements SentenceSimilarity {

    private final Embedder embedder;
    private final SentenceMemo<float[]> memo;

    /** Remembers the vectors of at most {@code capacity} sentences (384 floats each for MiniLM). */
    public EmbeddedSentenceSimilarity(Embedder embedder, int capacity) {
        this.embedder = embedder;
        this.memo = new SentenceMemo<>(capacity);
    }

    @Override
    public double[] cosines(String question, List<String> sentences) {
        float[] q = embedder.embed(question);
        List<float[]> vectors = vectors(sentences);
        double[] cosines = new double[sentences.size()];
        for (int i = 0; i < cosines.length; i++) {
            float[] v = vectors.get(i);
            double dot = 0;
            for (int j = 0; j < q.length; j++) {
                dot += q[j] * v[j];
            }
            cosines[i] = dot;
        }
        return cosines;
    }

    private List<float[]> vectors(List<String> sentences) {
        List<float[]> vectors = new ArrayList<>(sentences.size());
        List<String> missing = new ArrayList<>();
        for (String s : sentences) {
            float[] v = memo.get(s);
            vectors.add(v);
            if (v == null && !missing.contains(s)) {
                missing.add(s);
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<float[]> embedded = embedder.embedAll(missing);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            fresh.put(missing.get(i), embedded.get(i));
        }
        memo.putAll(fresh);
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i) == null) {
                vectors.set(i, fresh.get(sentences.get(i)));
            }
        }
        return vectors;
    }
}
