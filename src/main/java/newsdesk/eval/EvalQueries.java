package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads evaluation queries from either of two formats, told apart by the first non-blank character.
 *
 * <ul>
 *   <li>MultiHop-RAG ({@code [}…): a JSON array of {@code {id, query, answer, question_type,
 *       evidence_list[{url, fact, …}]}}; {@code null_query} items (no evidence, answer "Insufficient information.")
 *       should be abstained on.</li>
 *   <li>Our JSONL ({@code {}…, one object per line, blank lines and lines starting with {@code #} skipped):
 *       {@code {"question": …, "answers": ["phrase", …], "articles": ["url-or-id", …]}} or
 *       {@code {"question": …, "abstain": true}}; optional {@code "id"}, {@code "type"} and {@code "facts"}.
 *       The type defaults to "answerable" or "abstain".</li>
 * </ul>
 * Malformed input fails with an {@link IllegalArgumentException} naming the file and item.
 */
public final class EvalQueries {

    public static final String MULTIHOP_RAG = "multihop-rag";
    public static final String JSONL = "jsonl";
    static final String NULL_QUERY = "null_query";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalQueries() {
    }

    public static QuerySet load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String start = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElse("");
        if (start.startsWith("[")) {
            return new QuerySet(name, MULTIHOP_RAG, multiHop(name, JSON.readTree(text)));
        }
        if (start.startsWith("{")) {
            return new QuerySet(name, JSONL, jsonl(name, text));
        }
        throw new IllegalArgumentException(name + ": expected a MultiHop-RAG JSON array or JSONL objects");
    }

    private static List<EvalQuery> multiHop(String name, JsonNode array) {
        List<EvalQuery> queries = new ArrayList<>();
        for (JsonNode item : array) {
            String id = item.hasNonNull("id") ? item.get("id").asText() : "q" + queries.size();
            String type = required(name, id, item, "question_type");
            boolean abstain = NULL_QUERY.equals(type);
            List<String> facts = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (JsonNode evidence : item.path("evidence_list")) {
                facts.add(evidence.path("fact").asText(""));
                urls.add(evidence.path("url").asText(""));
            }
            List<String> answers = abstain ? List.of() : List.of(required(name, id, item, "answer"));
            queries.add(new EvalQuery(id, required(name, id, item, "query"), type, answers, facts, urls, abstain));
        }
        return queries;
    }

    private static List<EvalQuery> jsonl(String name, String text) throws IOException {
        List<EvalQuery> queries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1);
            JsonNode item = JSON.readTree(line);
            boolean abstain = item.path("abstain").asBoolean(false);
            List<String> answers = strings(item.path("answers"));
            List<String> articles = strings(item.path("articles"));
            if (!abstain && answers.isEmpty() && articles.isEmpty()) {
                throw new IllegalArgumentException(name + " " + where
                        + ": give \"answers\" or \"articles\", or \"abstain\": true");
            }
            String id = item.hasNonNull("id") ? item.get("id").asText() : where;
            String type = item.hasNonNull("type") ? item.get("type").asText() : abstain ? "abstain" : "answerable";
            queries.add(new EvalQuery(id, required(name, where, item, "question"), type,
                    abstain ? List.of() : answers, strings(item.path("facts")), articles, abstain));
        }
        return queries;
    }

    private static String required(String name, String where, JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(name + " " + where + ": missing \"" + field + "\"");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
