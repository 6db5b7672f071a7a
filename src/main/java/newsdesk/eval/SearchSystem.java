package newsdesk.eval;

import java.util.List;

/**
 * A retrieval contender: returns the top {@code k} chunks for a query, best first. Implementations are built over
 * the evaluation corpus beforehand (see {@link SystemFactory}) and must be safe to call repeatedly.
 */
public interface SearchSystem {

    List<RetrievedChunk> search(String query, int k);
}
