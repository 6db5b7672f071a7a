package newsdesk.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs a BERT-style sentence encoder (mean pooling) on whole batches: texts are tokenised, sorted by length,
 * padded only to the longest text of their batch and sent to ONNX Runtime as one {@code [batch, length]} tensor.
 * One call per batch instead of one per text, and no padding to the tokenizer's fixed 128, is what makes
 * ingestion fast on few cores. Vectors come back in input order, unit length.
 *
 * <p>One text ({@link #encodeOne}, a question) takes a shorter path: a {@code [1, length]} tensor straight from the
 * token ids, mean pooling straight from the output buffer, on the session with one intra-op thread per core when
 * nothing else has been embedding for two seconds (lowest latency on an idle machine), or else on a second session
 * with one intra-op thread (created on first need), so that many requests embedding at once each use one core instead
 * of fighting over one pool. Both sessions give bit-identical vectors (each output element is summed in the same order whatever the
 * thread count; checked by MiniLmEmbedderTest).
 *
 * <p>Truncation is the tokenizer's own (128 word pieces for the bundled all-MiniLM-L6-v2 tokenizer). Thread-safe;
 * {@link #close} waits for the embeddings in progress.
 */
final class OnnxBatchEncoder implements AutoCloseable {

    /** Texts per ONNX call for a float model. */
    static final int BATCH = 32;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final byte[] model;
    /** One intra-op thread, for texts embedded while another embedding runs; created on first need. */
    private OrtSession narrow;
    /** Embeddings running now, batches and single texts. */
    private final AtomicInteger running = new AtomicInteger();
    /**
     * When an embedding last started while another ran ({@link System#nanoTime}). Under steady load the next question
     * often starts alone while the other core works on the rest of another answer; a second intra-op thread then only
     * costs CPU (about 10 % more per question here), so a question takes the wide session only if none overlapped for
     * {@link #SHARED_RECENTLY_NANOS}.
     */
    private volatile long lastShared = System.nanoTime() - SHARED_RECENTLY_NANOS - 1;
    static final long SHARED_RECENTLY_NANOS = 2_000_000_000L;
    private final HuggingFaceTokenizer tokenizer;
    private final OnnxRuns runs;
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
        this.model = model;
        try {
            environment = OrtEnvironment.getEnvironment();
            session = session(intraOpThreads);
            runs = new OnnxRuns(environment, session.getInputNames().contains("token_type_ids"));
            Map<String, String> settings = new HashMap<>();
            settings.put("padding", "false");
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, settings);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the ONNX runtime: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer", e);
        }
    }

    private OrtSession session(int intraOpThreads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Busy-waiting intra-op threads steal the cores from request threads on small machines.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return environment.createSession(model, options);
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
        running.incrementAndGet();
        try {
            requireOpen();
            return encodeOpen(texts);
        } finally {
            running.decrementAndGet();
            guard.readLock().unlock();
        }
    }

    /** The vector of one text: the same as {@code encode(List.of(text))}, with less work around the model. */
    float[] encodeOne(String text) {
        guard.readLock().lock();
        long now = System.nanoTime();
        boolean alone = running.getAndIncrement() == 0 && now - lastShared > SHARED_RECENTLY_NANOS;
        if (!alone) {
            lastShared = now;
        }
        try {
            requireOpen();
            return runs.one(alone ? session : narrow(), tokenizer.encode(text).getIds());
        } finally {
            running.decrementAndGet();
            guard.readLock().unlock();
        }
    }

    /** Only {@code true} forces the one-thread session (tests compare the two). */
    float[] encodeOne(String text, boolean narrowSession) {
        guard.readLock().lock();
        try {
            requireOpen();
            return runs.one(narrowSession ? narrow() : session, tokenizer.encode(text).getIds());
        } finally {
            guard.readLock().unlock();
        }
    }

    private synchronized OrtSession narrow() {
        if (narrow == null) {
            try {
                narrow = session(1);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot start the ONNX runtime: " + e.getMessage(), e);
            }
        }
        return narrow;
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
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] vectors = new float[texts.size()][];
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            List<Encoding> call = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                call.add(encodings[order[i]]);
            }
            float[][] pooled = runs.batch(session, call);
            for (int i = from; i < to; i++) {
                vectors[order[i]] = pooled[i - from];
            }
        }
        return List.of(vectors);
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
            synchronized (this) {
                if (narrow != null) {
                    narrow.close();
                }
            }
            tokenizer.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            guard.writeLock().unlock();
        }
    }
}
