package newsdesk.slack;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;

/** Small hand-made answers for renderer and route tests. */
final class Answers {

    static final OffsetDateTime AUG_28 = OffsetDateTime.parse("2025-08-28T09:00:00+08:00");

    private Answers() {
    }

    static Citation citation(int n, String title, String url) {
        return new Citation(n, "a" + n, title, "WSJ", AUG_28, url, "A sentence.", 0, 11);
    }

    static Answer answered(String text, Citation... citations) {
        return new Answer(text, false, List.of(citations), List.of(), "extractive", 0.8, "conv-1", Map.of());
    }

    static Answer abstained(String text, Coverage... closest) {
        return new Answer(text, true, List.of(), List.of(closest), "extractive", 0.1, "conv-1", Map.of());
    }

    static Coverage coverage(String title, String url) {
        return new Coverage("c-" + title.hashCode(), title, "Reuters", null, url);
    }
}
