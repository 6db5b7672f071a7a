package newsdesk.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs a BERT-style sentence encoder (mean pooling) on whole batches: texts are tokenised, sorted by length,
 * padded only to the longest text of their batch and sent to ONNX Runtime as one {@code [batch, length]} tensor.
 * One call per batch instead of one per text, and no padding to the tokenizer's fixed 128, is what makes
 * ingestion fast on few cores. Vectors come back in input order, unit length.
 *
 * <p>Truncation is the tokenizer's own (128 word pieces for the bundled all-MiniLM-L6-v2 tokenizer). Thread-safe;
 * {@link #close} waits for the embeddings in progress.
 */
final class OnnxBatchEncoder implements AutoCloseable {

    /** Texts per ONNX call for a float model. */
    static final int BATCH = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final int batch;
    /**
     * Native memory must not be freed under a running embedding (that crashes the JVM): embeddings hold the read lock,
     * {@link #close} the write lock.
     */
    private final ReentrantReadWriteLock guard = new ReentrantReadWriteLock();
    private boolean closed;

    /**
     * An encoder sending {@code batch} texts per call: 1 for a dynamically quantized model, whose activations are
     * quantized with one scale per tensor, so a text's vector would depend on the texts batched with it.
     */
    OnnxBatchEncoder(byte[] model, InputStream tokenizerJson, int intraOpThreads, int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1");
        }
        this.batch = batch;
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Busy-waiting intra-op threads steal the cores from request threads on small machines.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(model, options);
            typeIds = session.getInputNames().contains("token_type_ids");
            Map<String, String> settings = new HashMap<>();
            settings.put("padding", "false");
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, settings);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the ONNX runtime: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer", e);
        }
    }

    /** Word pieces of {@code text} without the two special tokens, after truncation. */
    int countTokens(String text) {
        guard.readLock().lock();
        try {
            requireOpen();
            return Math.max(0, tokenizer.encode(text).getIds().length - 2);
        } finally {
            guard.readLock().unlock();
        }
    }

    List<float[]> encode(List<String> texts) {
        guard.readLock().lock();
        try {
            requireOpen();
            return encodeOpen(texts);
        } finally {
            guard.readLock().unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the embedding model is closed");
        }
    }

    private List<float[]> encodeOpen(List<String> texts) {
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            encodings[i] = tokenizer.encode(texts.get(i));
        }
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            List<Encoding> call = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                call.add(encodings[order[i]]);
            }
            float[][] pooled = run(call);
            for (int i = from; i < to; i++) {
                vectors[order[i]] = pooled[i - from];
            }
        }
        return List.of(vectors);
    }

    private float[][] run(List<Encoding> batch) {
        int length = batch.stream().mapToInt(e -> e.getIds().length).max().orElse(0);
        long[][] ids = new long[batch.size()][length];
        long[][] mask = new long[batch.size()][length];
        long[][] types = new long[batch.size()][length];
        for (int b = 0; b < batch.size(); b++) {
            long[] tokenIds = batch.get(b).getIds();
            System.arraycopy(tokenIds, 0, ids[b], 0, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[b][t] = 1;
            }
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return meanPool(hidden, mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    private static float[][] meanPool(float[][][] hidden, long[][] mask) {
        float[][] pooled = new float[hidden.length][];
        for (int b = 0; b < hidden.length; b++) {
            int dimension = hidden[b][0].length;
            float[] sum = new float[dimension];
            int count = 0;
            for (int t = 0; t < hidden[b].length; t++) {
                if (mask[b][t] == 0) {
                    continue;
                }
                count++;
                for (int d = 0; d < dimension; d++) {
                    sum[d] += hidden[b][t][d];
                }
            }
            for (int d = 0; d < dimension; d++) {
                sum[d] /= Math.max(1, count);
            }
            pooled[b] = Embedder.normalize(sum);
        }
        return pooled;
    }

    /** Waits for embeddings in progress, then frees the native session and tokenizer; later calls fail cleanly. */
    @Override
    public void close() {
        guard.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            session.close();
            tokenizer.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            guard.writeLock().unlock();
        }
    }
}
