package newsdesk.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Feedback records for tests. */
final class Records {

    static final Instant AT = Instant.parse("2025-09-10T08:00:00Z");

    private Records() {
    }

    static AnswerRecord answer(String id, String question, String... articleIds) {
        List<AnswerRecord.Cited> cited = new java.util.ArrayList<>();
        for (int i = 0; i < articleIds.length; i++) {
            cited.add(new AnswerRecord.Cited(i + 1, articleIds[i], "Sentence " + (i + 1) + " of " + articleIds[i]));
        }
        return new AnswerRecord(id, AT, question, "An answer [1].", articleIds.length == 0, cited,
                Map.of("answerer", "extractive", "topK", "5"));
    }

    static Feedback feedback(Rating rating, String comment, String correction, AnswerRecord answer) {
        return new Feedback(AT.plusSeconds(60), rating, comment, correction, "web", answer);
    }
}
