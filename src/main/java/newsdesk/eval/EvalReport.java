package newsdesk.eval;

import java.util.List;

/**
 * The result of one evaluation run: when, over what (corpus name and article count, query file, format and
 * count), and one {@link SystemReport} per contender in the order they ran. {@code types} lists the query types
 * in first-seen order.
 */
public record EvalReport(
        String generatedAt,
        String corpus,
        int articles,
        String queries,
        String format,
        int queryCount,
        List<String> types,
        List<SystemReport> systems) {

    public EvalReport {
        types = List.copyOf(types);
        systems = List.copyOf(systems);
    }
}
