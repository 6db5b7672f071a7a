package newsdesk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything stored vectors depend on: the embedding model and its dimension, and how articles were cut into
 * chunks. A snapshot whose profile differs from the running one cannot reuse its vectors.
 */
public record IndexProfile(String modelId, int dimension, int maxTokens, int overlapSentences, boolean embedTitles) {

    public IndexProfile {
        Objects.requireNonNull(modelId, "modelId");
        if (dimension < 1 || maxTokens < 1 || overlapSentences < 0) {
            throw new IllegalArgumentException("dimension and maxTokens must be positive, overlap >= 0");
        }
    }

    /** How {@code other} differs from this profile, in words ({@code ""} when they are the same). */
    public String differences(IndexProfile other) {
        List<String> diffs = new ArrayList<>();
        if (!modelId.equals(other.modelId)) {
            diffs.add("model " + other.modelId + " instead of " + modelId);
        }
        if (dimension != other.dimension) {
            diffs.add("dimension " + other.dimension + " instead of " + dimension);
        }
        if (maxTokens != other.maxTokens || overlapSentences != other.overlapSentences) {
            diffs.add("chunks of " + other.maxTokens + " tokens / " + other.overlapSentences
                    + " overlap instead of " + maxTokens + " / " + overlapSentences);
        }
        if (embedTitles != other.embedTitles) {
            diffs.add("titles " + (other.embedTitles ? "" : "not ") + "embedded");
        }
        return String.join(", ", diffs);
    }
}
