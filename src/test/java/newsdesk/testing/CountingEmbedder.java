package newsdesk.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import newsdesk.embed.Embedder;

/**
 * Wraps {@link HashingEmbedder}, counting texts embedded in batches and one-text calls apart; {@code modelId} can be
 * changed to test profile checks.
 */
public class CountingEmbedder implements Embedder {

    private final HashingEmbedder delegate = new HashingEmbedder();
    private final AtomicInteger embedded = new AtomicInteger();
    private final AtomicInteger single = new AtomicInteger();
    private final String modelId;

    public CountingEmbedder() {
        this("hashing-test");
    }

    public CountingEmbedder(String modelId) {
        this.modelId = modelId;
    }

    /** Texts embedded through {@link #embedAll}. */
    public int embedded() {
        return embedded.get();
    }

    /** Calls of {@link #embed(String)}, one text each. */
    public int single() {
        return single.get();
    }

    @Override
    public float[] embed(String text) {
        single.incrementAndGet();
        return delegate.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        embedded.addAndGet(texts.size());
        return delegate.embedAll(texts);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int countTokens(String text) {
        return delegate.countTokens(text);
    }

    @Override
    public int maxTokens() {
        return delegate.maxTokens();
    }
}
