package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;

import newsdesk.embed.Embedder;

/**
 * An {@link Embedder} that records how long each single-text {@link #embed} takes (query embedding, in the answer
 * path) and is not closeable, so the Newsdesk it is lent to cannot close the shared model.
 */
final class TimedEmbedder implements Embedder {

    private final Embedder delegate;
    private final List<Double> millis = new ArrayList<>();

    TimedEmbedder(Embedder delegate) {
        this.delegate = delegate;
    }

    @Override
    public float[] embed(String text) {
        long started = System.nanoTime();
        float[] vector = delegate.embed(text);
        millis.add((System.nanoTime() - started) / 1e6);
        return vector;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return delegate.embedAll(texts);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public int countTokens(String text) {
        return delegate.countTokens(text);
    }

    @Override
    public int maxTokens() {
        return delegate.maxTokens();
    }

    @Override
    public double unrelatedBelow() {
        return delegate.unrelatedBelow();
    }

    /** The single-text embedding times recorded since the last call, in milliseconds. */
    List<Double> drain() {
        List<Double> recorded = List.copyOf(millis);
        millis.clear();
        return recorded;
    }
}
