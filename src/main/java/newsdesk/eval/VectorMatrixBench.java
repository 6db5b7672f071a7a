package newsdesk.eval;

import java.util.List;

import newsdesk.index.VectorMatrix;

/** Newsdesk's {@link VectorMatrix} under benchmark: the exact scan its vector retriever runs, without filters. */
public final class VectorMatrixBench implements BenchedVectorStore {

    private final int dimension;
    private VectorMatrix matrix;

    public VectorMatrixBench(int dimension) {
        this.dimension = dimension;
        this.matrix = VectorMatrix.empty(dimension);
    }

    @Override
    public String name() {
        return "newsdesk VectorMatrix";
    }

    @Override
    public void load(List<float[]> vectors) {
        matrix = VectorMatrix.empty(dimension).append(vectors);
    }

    @Override
    public int search(float[] query, int k) {
        return matrix.top(query, k, null).rows().length;
    }
}
