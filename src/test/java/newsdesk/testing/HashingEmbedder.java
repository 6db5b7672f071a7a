package newsdesk.testing;

import java.util.List;
import java.util.Locale;

import newsdesk.embed.Embedder;

/**
 * A deterministic stand-in for the embedding model in fast tests: lower-cased word unigrams and bigrams hashed into
 * 384 dimensions, normalised. Texts that share words get similar vectors; nothing is downloaded or learned.
 */
public final class HashingEmbedder implements Embedder {

    public static final int DIMENSION = 384;

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String previous = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            add(vector, word, 1f);
            if (previous != null) {
                add(vector, previous + " " + word, 0.5f);
            }
            previous = word;
        }
        return Embedder.normalize(vector);
    }

    private static void add(float[] vector, String token, float weight) {
        int hash = token.hashCode();
        vector[Math.floorMod(hash, DIMENSION)] += (hash & 0x40000000) == 0 ? weight : -weight;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelId() {
        return "hashing-test";
    }

    @Override
    public int countTokens(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : (stripped.split("\\s+").length * 4 + 2) / 3;
    }
}
