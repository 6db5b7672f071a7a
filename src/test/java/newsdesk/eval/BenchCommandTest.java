package newsdesk.eval;

import static newsdesk.eval.EvalQueriesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A tiny run of {@code newsdesk bench} with the real models: three articles, two small corpus sizes, ten questions
 * per size.
 */
class BenchCommandTest {

    @Test
    void measuresIngestionAnswerPathsAndSearchAndWritesTheReports(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("--corpus", fixture("corpus.json").toString(),
                "--queries", fixture("queries.json").toString(), "--articles", "3", "--rounds", "1", "--sizes", "50,200",
                "--searches", "10", "-k", "5", "--out", dir.resolve("out").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("all-MiniLM-L6-v2 (library defaults)")
                .contains("newsdesk MiniLmEmbedder full, raw").contains("newsdesk MiniLmEmbedder quantized, raw")
                .contains("langchain4j all-MiniLM-L6-v2 (library defaults), Newsdesk's chunks")
                .contains("newsdesk pipeline, in memory").contains("newsdesk pipeline + snapshot")
                .containsPattern("newsdesk QaService.ask +\\d+ ")
                .containsPattern("langchain4j naive RAG \\(retrieve top k\\) +200 ")
                .containsPattern("InMemoryEmbeddingStore +50 +5 ")
                .containsPattern("newsdesk ArrayEmbeddingStore +200 +5 ")
                .containsPattern("newsdesk VectorMatrix +200 +5 ")
                .contains("snapshot-bench")
                .containsPattern("FP32 GEMM \\[3200×384\\]·\\[384×1536\\] on \\d+ threads .* \\d+\\.\\d GFLOP/s; "
                        + "all-MiniLM-L6-v2 full, raw .* \\d+\\.\\d GFLOP/s");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("out").resolve(BenchCommand.JSON_FILE).toFile());
        assertThat(report.get("sampleArticles").asInt()).isEqualTo(3);

        JsonNode rate = report.get("modelRate");
        assertThat(rate.get("gemmGflops").asDouble()).isPositive();
        assertThat(rate.get("modelGflops").asDouble()).isPositive();
        assertThat(rate.get("gapPercent").asDouble()).isCloseTo(
                100 * (1 - rate.get("modelGflops").asDouble() / rate.get("gemmGflops").asDouble()), within(1e-9));

        JsonNode ingestion = report.get("ingestion");
        assertThat(ingestion).hasSize(6);
        JsonNode baseline = ingestion.get(0);
        assertThat(baseline.get("chunks").asInt()).isEqualTo(3);
        assertThat(baseline.get("wordPieces").asLong()).isBetween(150L, 600L);
        JsonNode raw = ingestion.get(2);
        assertThat(raw.get("chunks").asInt()).isPositive();
        for (JsonNode row : ingestion) {
            assertThat(row.get("chunksPerSecond").asDouble()).isPositive();
            assertThat(row.get("wordPiecesPerSecond").asDouble()).isPositive();
        }
        for (int i = 1; i < 6; i++) { // library defaults on Newsdesk's chunks, then Newsdesk's rows: the same texts
            assertThat(ingestion.get(i).get("chunks").asInt()).as(ingestion.get(i).get("name").asText())
                    .isEqualTo(raw.get("chunks").asInt());
            assertThat(ingestion.get(i).get("wordPieces").asLong()).isEqualTo(raw.get("wordPieces").asLong());
        }
        for (int i = 1; i <= 3; i++) {
            assertThat(ingestion.get(i).get("lossPercent").isNull()).isTrue();
        }
        assertThat(ingestion.get(4).get("lossPercent").isNumber()).isTrue();
        assertThat(ingestion.get(4).get("stageSeconds").fieldNames()).toIterable()
                .containsExactly("split + chunk", "embed", "index");
        assertThat(ingestion.get(5).get("lossPercent").isNumber()).isTrue();

        JsonNode answers = report.get("answerPaths");
        assertThat(answers).hasSize(4);
        int articleChunks = raw.get("chunks").asInt();
        for (int i = 0; i < 4; i++) {
            JsonNode row = answers.get(i);
            int size = i < 2 ? 50 : 200;
            boolean newsdesk = i % 2 == 0;
            assertThat(row.get("system").asText()).isEqualTo(newsdesk ? AnswerPathBench.NEWSDESK
                    : AnswerPathBench.BASELINE);
            if (newsdesk) {
                assertThat(row.get("chunks").asInt()).isBetween(size, size + articleChunks);
                assertThat(row.get("queryEmbedding").get("count").asInt()).isGreaterThanOrEqualTo(10);
            } else {
                assertThat(row.get("chunks").asInt()).isEqualTo(size);
                assertThat(row.get("queryEmbedding").get("count").asInt()).isEqualTo(10);
            }
            assertThat(row.get("latency").get("count").asInt()).isEqualTo(10);
            assertThat(row.get("latency").get("p50").asDouble()).isPositive();
            assertThat(row.get("latency").get("p99").asDouble())
                    .isGreaterThanOrEqualTo(row.get("latency").get("p50").asDouble());
            assertThat(row.get("queryEmbedding").get("p50").asDouble()).isPositive();
            assertThat(row.get("queriesPerSecond").asDouble()).isPositive();
            assertThat(row.get("heapBytesPerChunk").isNumber()).isTrue();
        }

        JsonNode search = report.get("searches");
        assertThat(search).hasSize(6);
        assertThat(search.get(1).get("size").asInt()).isEqualTo(200);
        assertThat(search.get(1).get("latency").get("count").asInt()).isEqualTo(10);
        assertThat(search.get(1).get("queriesPerSecond").asDouble()).isPositive();
        String markdown = Files.readString(dir.resolve("out").resolve(BenchCommand.MARKDOWN_FILE));
        assertThat(markdown).contains("| InMemoryEmbeddingStore | 200 | 5 |").contains("## Answer path")
                .containsPattern("\\| newsdesk QaService.ask \\| \\d+ \\|").contains("## Snapshot");
    }
}
