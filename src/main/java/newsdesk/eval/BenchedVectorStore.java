package newsdesk.eval;

import java.util.List;

/**
 * A vector index under benchmark: {@link #load} replaces its contents with unit vectors, {@link #search} returns the
 * number of results of a top-k search (returned so the call cannot be optimised away).
 */
public interface BenchedVectorStore {

    String name();

    void load(List<float[]> vectors);

    int search(float[] query, int k);
}
