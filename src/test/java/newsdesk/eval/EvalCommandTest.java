package newsdesk.eval;

import static newsdesk.eval.EvalQueriesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import newsdesk.Newsdesk;
import newsdesk.testing.HashingEmbedder;

/** A tiny end-to-end run of {@code newsdesk eval} with the BM25 baseline over the three-article fixture. */
class EvalCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void evaluatesBm25AndWritesTheReports(@TempDir Path dir) throws Exception {
        int exit = run("--corpus", fixture("corpus.json").toString(), "--queries", fixture("queries.json").toString(),
                "--systems", "bm25", "--out", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        // t1 and t2 hit at rank 1; t3 ("Volcano eruption timeline?") shares no term with any article; t4 is null.
        String table = out.toString();
        assertThat(table).contains("queries.json (multihop-rag, 4 queries) over corpus.json (3 articles), "
                + "2025-01-02T03:04:05Z");
        assertThat(table).containsPattern("bm25 +all +4 +3 +0\\.667 +0\\.667 +0\\.667 +0\\.667 +0\\.667");
        assertThat(table).containsPattern("temporal_query +1 +1 +0\\.000 +0\\.000 +0\\.000");
        assertThat(table).containsPattern("null_query +1 +0 +— +—");
        assertThat(err.toString()).contains("bm25: ingesting 3 articles");

        JsonNode report = new ObjectMapper().readTree(dir.resolve(ReportWriter.JSON_FILE).toFile());
        assertThat(report.get("queryCount").asInt()).isEqualTo(4);
        assertThat(report.get("types")).hasSize(4);
        JsonNode bm25 = report.get("systems").get(0);
        assertThat(bm25.get("name").asText()).isEqualTo("bm25");
        assertThat(bm25.get("overall").get("hits4").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(bm25.get("overall").get("mrr10").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(bm25.get("byType").get("comparison_query").get("recall10").asDouble()).isEqualTo(1.0);
        assertThat(bm25.get("byType").get("null_query").get("hits4").isNull()).isTrue();
        assertThat(bm25.get("search").get("count").asInt()).isEqualTo(4);
        assertThat(bm25.has("outcomes")).isFalse();

        String markdown = Files.readString(dir.resolve(ReportWriter.MARKDOWN_FILE));
        assertThat(markdown).contains(ReportWriter.ATTRIBUTION)
                .contains("| bm25 | all | 4 | 3 | 0.667 | 0.667 | 0.667 | 0.667 | 0.667 | — | — | — | — |");
        List<String> details = Files.readAllLines(dir.resolve(ReportWriter.DETAILS_FILE));
        assertThat(details).hasSize(4);
        assertThat(details.get(0)).contains("\"id\":\"t1\"", "\"firstHitRank\":1",
                "\"topArticles\":[\"https://example.test/solar-farm\"");
        assertThat(details.get(2)).contains("\"id\":\"t3\"", "\"firstHitRank\":0", "\"topArticles\":[]");
    }

    @Test
    void limitAndOurJsonlFormat() throws Exception {
        int exit = run("--corpus", fixture("corpus.json").toString(), "--queries", fixture("queries.jsonl").toString(),
                "--systems", "bm25", "--limit", "2");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("queries.jsonl (jsonl, 2 queries)")
                .containsPattern("answerable +1 +0 +— +— +— +1\\.000 +1\\.000")
                .containsPattern("labour +1 +1 +1\\.000 +1\\.000 +1\\.000");
    }

    @Test
    void evaluatesNewsdeskRetrievalModesAndItsAnswers(@TempDir Path dir) throws Exception {
        EvalCommand eval = new EvalCommand((corpus, settings) -> Contenders.all(corpus, settings,
                s -> Newsdesk.create(s, new HashingEmbedder(), CLOCK)), Map.of(), CLOCK);

        int exit = run(eval, "--corpus", fixture("corpus.json").toString(),
                "--queries", fixture("queries.json").toString(), "--out", dir.toString(),
                "--systems", "newsdesk,newsdesk-bm25,newsdesk-vectors");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode systems = new ObjectMapper().readTree(dir.resolve(ReportWriter.JSON_FILE).toFile()).get("systems");
        assertThat(systems).extracting(s -> s.get("name").asText())
                .containsExactly("newsdesk", "newsdesk-bm25", "newsdesk-vectors");
        JsonNode newsdesk = systems.get(0);
        assertThat(newsdesk.get("overall").get("scored").asInt()).isEqualTo(3);
        JsonNode answers = newsdesk.get("overall").get("answers");
        assertThat(answers.get("answered").asInt()).isEqualTo(4);
        assertThat(answers.get("verbatim").asDouble()).as("every cited sentence is verbatim").isEqualTo(1.0);
        assertThat(answers.get("citedSentences").asInt()).isPositive();
        assertThat(newsdesk.get("answer").get("count").asInt()).isEqualTo(4);
        assertThat(newsdesk.get("answerStages")).hasSize(3);
        assertThat(systems.get(1).get("overall").get("answers").isNull()).isTrue();
        assertThat(systems.get(2).get("overall").get("hits10").isNumber()).isTrue();
        assertThat(out.toString()).containsPattern("newsdesk +search +[0-9.]+ +4 ").containsPattern("\\n +answer +4 ");
    }

    @Test
    void writesTheCandidateSentencesWithFeaturesAndLabels(@TempDir Path dir) throws Exception {
        EvalCommand eval = new EvalCommand((corpus, settings) -> Contenders.all(corpus, settings,
                s -> Newsdesk.create(s, new HashingEmbedder(), CLOCK)), Map.of(), CLOCK);
        Path file = dir.resolve("candidates.jsonl");

        int exit = run(eval, "--corpus", fixture("corpus.json").toString(),
                "--queries", fixture("queries.json").toString(), "--systems", "newsdesk",
                "--candidates", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode query = json.readTree(line);
            byId.put(query.get("id").asText(), query);
            assertThat(query.get("names")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(newsdesk.answer.SentenceFeatures.NAMES);
            for (JsonNode c : query.get("candidates")) {
                assertThat(c.get("features")).hasSize(newsdesk.answer.SentenceFeatures.NAMES.size());
            }
        }
        // t1 asks which mayor opened the solar farm: only the sentence naming Lina Ortiz holds the expected answer
        JsonNode t1 = byId.get("t1");
        assertThat(t1.get("type").asText()).isEqualTo("inference_query");
        List<String> labelled = new java.util.ArrayList<>();
        t1.get("candidates").forEach(c -> {
            if (c.get("label").asBoolean()) {
                labelled.add(c.get("sentence").asText());
            }
        });
        assertThat(labelled).containsExactly("Mayor Lina Ortiz cut the ribbon on the floating solar farm on Tuesday, "
                + "calling it a model for other coastal towns.");
        assertThat(t1.get("candidates").size()).isGreaterThan(1);
    }

    @Test
    void runsTheDefaultContendersOrAll() throws Exception {
        SystemFactory bm25 = corpus -> EvalSystem.searchOnly(Bm25Baseline.index(corpus));
        ContenderCatalog catalog = (corpus, settings) -> {
            Map<String, SystemFactory> all = new LinkedHashMap<>();
            all.put(Contenders.NEWSDESK, bm25);
            all.put(Contenders.NEWSDESK_VECTORS, bm25);
            all.put(Contenders.BM25, bm25);
            return all;
        };
        String[] args = {"--corpus", fixture("corpus.json").toString(), "--queries", fixture("queries.json").toString()};

        assertThat(run(new EvalCommand(catalog, Map.of(), CLOCK), args)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("newsdesk: ingesting", "bm25: ingesting").doesNotContain("newsdesk-vectors");

        String[] all = {args[0], args[1], args[2], args[3], "--systems", "all"};
        assertThat(run(new EvalCommand(catalog, Map.of(), CLOCK), all)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("newsdesk-vectors: ingesting");
    }

    @Test
    void unknownSystemIsAUsageError() throws Exception {
        int exit = run("--corpus", fixture("corpus.json").toString(), "--queries", fixture("queries.json").toString(),
                "--systems", "bm25,magic");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown system 'magic'; known: naive-rag, bm25");
    }

    private int run(String... args) {
        return run(new EvalCommand((corpus, settings) -> Contenders.baselines(), Map.of(), CLOCK), args);
    }

    private int run(EvalCommand eval, String... args) {
        CommandLine command = new CommandLine(eval);
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }
}
