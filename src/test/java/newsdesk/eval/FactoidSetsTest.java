package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The factoid question sets of issue 13 in docs/eval/: every line parses, has the fields the evaluation needs, and
 * the sets keep the size and spread of kinds they were written with.
 */
class FactoidSetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FACTOID_KINDS = Set.of("who", "when", "number", "what-where", "article-facts");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"factoid-dev.jsonl, 90, 25, 12", "factoid-holdout.jsonl, 35, 10, 4",
            "factoid-holdout2.jsonl, 85, 22, 10"})
    void everyLineParsesWithTheRequiredFields(String name, int minFactoid, int minUnanswerable, int minFacts)
            throws Exception {
        Path file = Path.of("docs", "eval", name);
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                items.add(JSON.readTree(line));
            }
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            String id = item.path("id").asText();
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
            assertThat(item.path("question").asText()).as(id).isNotBlank();
            String type = item.path("type").asText();
            if (item.path("abstain").asBoolean(false)) {
                assertThat(type).as(id).isEqualTo("unanswerable");
                assertThat(item.has("answers")).as(id).isFalse();
                continue;
            }
            assertThat(type).as(id).isIn(FACTOID_KINDS);
            assertThat(item.path("answers")).as(id).hasSizeBetween(1, 3)
                    .allSatisfy(answer -> assertThat(answer.asText()).isNotBlank());
            assertThat(item.path("articles")).as(id).isNotEmpty()
                    .allSatisfy(url -> assertThat(url.asText()).startsWith("http"));
        }
        Map<String, Long> kinds = items.stream()
                .collect(Collectors.groupingBy(i -> i.path("type").asText(), Collectors.counting()));
        assertThat(kinds.keySet()).containsAll(FACTOID_KINDS).contains("unanswerable");
        assertThat(kinds.getOrDefault("unanswerable", 0L)).isGreaterThanOrEqualTo(minUnanswerable);
        assertThat(items.size() - kinds.get("unanswerable")).isGreaterThanOrEqualTo(minFactoid);
        assertThat(kinds.get("article-facts")).isGreaterThanOrEqualTo(minFacts);

        QuerySet loaded = EvalQueries.load(file);
        assertThat(loaded.format()).isEqualTo(EvalQueries.JSONL);
        assertThat(loaded.queries()).hasSize(items.size());
        Map<String, EvalQuery> byId = loaded.queries().stream()
                .collect(Collectors.toMap(EvalQuery::id, Function.identity()));
        for (JsonNode item : items) {
            EvalQuery query = byId.get(item.path("id").asText());
            assertThat(query.type()).isEqualTo(item.path("type").asText());
            assertThat(query.shouldAbstain()).isEqualTo(query.type().equals("unanswerable"));
            assertThat(query.answers()).hasSize(item.path("answers").size());
            assertThat(query.hasEvidence()).isEqualTo(!query.shouldAbstain());
        }
    }
}
