package newsdesk.eval;

import java.util.List;
import java.util.Objects;

/**
 * The queries of one evaluation run: where they came from ({@code name}, usually the file name), their
 * {@code format} ({@link EvalQueries#MULTIHOP_RAG} or {@link EvalQueries#JSONL}) and the queries in file order.
 */
public record QuerySet(String name, String format, List<EvalQuery> queries) {

    public QuerySet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        queries = List.copyOf(queries);
    }

    /** The first {@code limit} queries (all of them when {@code limit} is at least their number). */
    public QuerySet limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return new QuerySet(name, format, queries.subList(0, Math.min(limit, queries.size())));
    }
}
