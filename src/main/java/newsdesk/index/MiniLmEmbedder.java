package newsdesk.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling) running in process through langchain4j's ONNX encoder, with the
 * model and tokenizer that ship inside the langchain4j jars (no download).
 *
 * <p>Threading is set for small machines: the ONNX session uses one intra-op thread and batches are spread over
 * one Java thread per core, which measured about twice the library defaults' throughput on 2 cores.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {

    /** The two variants shipped by langchain4j: the full model and its int8-quantized copy. */
    public enum Variant {
        FULL("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json"),
        QUANTIZED("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");

        private final String modelResource;
        private final String tokenizerResource;

        Variant(String modelResource, String tokenizerResource) {
            this.modelResource = modelResource;
            this.tokenizerResource = tokenizerResource;
        }
    }

    private static final int DIMENSION = 384;

    private final Variant variant;
    private final OrtSession session;
    private final ExecutorService executor;
    private final AbstractInProcessEmbeddingModel model;
    private final HuggingFaceTokenCountEstimator tokenCounter = new HuggingFaceTokenCountEstimator();

    public MiniLmEmbedder(Variant variant, int threads) {
        this.variant = variant;
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
        try (InputStream tokenizer = resource(variant.tokenizerResource)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            byte[] modelBytes;
            try (InputStream in = resource(variant.modelResource)) {
                modelBytes = in.readAllBytes();
            }
            this.session = environment.createSession(modelBytes, options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            this.model = new AbstractInProcessEmbeddingModel(executor) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return DIMENSION;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the ONNX runtime: " + e.getMessage(), e);
        }
    }

    @Override
    public float[] embed(String text) {
        return Embedder.normalize(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(Embedder.normalize(embedding.vector()));
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelId() {
        return variant == Variant.FULL ? "all-MiniLM-L6-v2" : "all-MiniLM-L6-v2-q";
    }

    @Override
    public int countTokens(String text) {
        return tokenCounter.estimateTokenCountInText(text);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AbstractInProcessEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model resource " + name + " is missing from the classpath");
        }
        return in;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "embedder");
            thread.setDaemon(true);
            return thread;
        };
    }
}
