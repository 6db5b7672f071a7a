package newsdesk.eval;

import java.util.List;
import java.util.Objects;

/**
 * One evaluation question in a benchmark-neutral shape.
 *
 * <p>{@code type} groups the report (MultiHop-RAG's question_type, or "answerable"/"abstain" for our JSONL format);
 * {@code answers} are gold answer phrases (empty when the system should abstain); {@code facts} are gold evidence
 * sentences for the MultiHop-RAG hit rule (may be empty: such queries are not scored for Hits@k and MRR);
 * {@code evidence} holds the urls or ids of the articles that answer the question.
 */
public record EvalQuery(
        String id,
        String question,
        String type,
        List<String> answers,
        List<String> facts,
        List<String> evidence,
        boolean shouldAbstain) {

    public EvalQuery {
        Objects.requireNonNull(id, "id");
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("query " + id + " has no question");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("query " + id + " has no type");
        }
        answers = nonBlank(answers);
        facts = nonBlank(facts);
        evidence = nonBlank(evidence).stream().distinct().toList();
    }

    /** Whether the MultiHop-RAG hit rule applies: an answerable query with at least one gold fact. */
    public boolean hasFacts() {
        return !shouldAbstain && !facts.isEmpty();
    }

    /** Whether evidence-article recall applies: an answerable query with at least one evidence article. */
    public boolean hasEvidence() {
        return !shouldAbstain && !evidence.isEmpty();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
