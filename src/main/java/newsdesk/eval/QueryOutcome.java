package newsdesk.eval;

import java.util.List;
import java.util.Objects;

/**
 * How one contender did on one query. {@code firstHitRank} is the 1-based rank of the first chunk that satisfies
 * the MultiHop-RAG hit rule (0: none in the retrieved depth; {@code null}: the query has no gold facts);
 * recalls are {@code null} when the query has no evidence articles; {@code answer} is {@code null} for
 * retrieval-only contenders. {@code topArticles} lists the article of each retrieved chunk, best first.
 */
public record QueryOutcome(
        EvalQuery query,
        Integer firstHitRank,
        Double recall4,
        Double recall10,
        double searchMs,
        List<String> topArticles,
        AnswerOutcome answer) {

    public QueryOutcome {
        Objects.requireNonNull(query, "query");
        topArticles = List.copyOf(topArticles);
    }
}
