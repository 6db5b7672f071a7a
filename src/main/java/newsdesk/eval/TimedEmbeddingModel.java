package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/** A langchain4j {@link EmbeddingModel} that records how long each {@code embedAll} call takes. */
final class TimedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    private final List<Double> millis = new ArrayList<>();

    TimedEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        long started = System.nanoTime();
        Response<List<Embedding>> response = delegate.embedAll(segments);
        millis.add((System.nanoTime() - started) / 1e6);
        return response;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    /** The call times recorded since the last call, in milliseconds. */
    List<Double> drain() {
        List<Double> recorded = List.copyOf(millis);
        millis.clear();
        return recorded;
    }
}
