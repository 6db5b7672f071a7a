package newsdesk.eval;

import static newsdesk.eval.EvalQueriesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A tiny run of {@code newsdesk bench} with the real model: three chunks, two small store sizes. */
class BenchCommandTest {

    @Test
    void measuresEmbeddingAndSearchAndWritesTheReports(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        int exit = command.execute("--corpus", fixture("corpus.json").toString(),
                "--queries", fixture("queries.json").toString(), "--segments", "3", "--sizes", "50,200",
                "--searches", "10", "-k", "5", "--out", dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("all-MiniLM-L6-v2 (library defaults)")
                .containsPattern("InMemoryEmbeddingStore +50 +5 ")
                .containsPattern("InMemoryEmbeddingStore +200 +5 ")
                .containsPattern("newsdesk ArrayEmbeddingStore +200 +5 ")
                .containsPattern("newsdesk VectorMatrix +200 +5 ");
        JsonNode report = new ObjectMapper().readTree(dir.resolve(BenchCommand.JSON_FILE).toFile());
        JsonNode embedding = report.get("embedding");
        assertThat(embedding.get("segments").asInt()).isEqualTo(3);
        assertThat(embedding.get("wordPieces").asLong()).isBetween(150L, 600L);
        assertThat(embedding.get("segmentsPerSecond").asDouble()).isPositive();
        JsonNode search = report.get("searches");
        assertThat(search).hasSize(6);
        assertThat(search.get(1).get("size").asInt()).isEqualTo(200);
        assertThat(search.get(1).get("latency").get("count").asInt()).isEqualTo(10);
        assertThat(search.get(1).get("queriesPerSecond").asDouble()).isPositive();
        assertThat(Files.readString(dir.resolve(BenchCommand.MARKDOWN_FILE))).contains("| InMemoryEmbeddingStore | 200 | 5 |");
    }
}
