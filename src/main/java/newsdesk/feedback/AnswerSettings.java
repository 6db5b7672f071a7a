package newsdesk.feedback;

import java.util.Map;
import java.util.Objects;

/**
 * The settings that made the answers, kept with every rating ({@link AnswerRecord#settings()}, besides the answerer of
 * each answer): {@code topK}, {@code store} ({@code memory} or {@code solr}), {@code model} (embeds the passages),
 * {@code questionModel} (embeds the questions: the same model, or {@code minilm-q} over {@code minilm} passages with
 * {@code NEWSDESK_QUESTION_MODEL}) and {@code version} (of the build).
 */
public record AnswerSettings(int topK, String store, String model, String questionModel, String version) {

    public AnswerSettings {
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be at least 1, got " + topK);
        }
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(questionModel, "questionModel");
        Objects.requireNonNull(version, "version");
    }

    /** The settings under the names a record keeps them by. */
    Map<String, String> asMap() {
        return Map.of("topK", Integer.toString(topK), "store", store, "model", model, "questionModel", questionModel,
                "version", version);
    }
}
