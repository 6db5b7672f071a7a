package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.Main;

/** The command line as a user runs it (in process, real model, the repository's seeds). */
class CliTest {

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine();
            cli.setOut(new java.io.PrintWriter(System.out, true));
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void askPrintsACitedAnswerAndItsSources() {
        Run run = run("ask", "--seeds", "seeds", "--data-dir", data.toString(),
                "Who will join Xi Jinping at the Beijing parade?");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Kim Jong Un").contains("[1]")
                .contains("[1] Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade — WSJ, 28 Aug 2025");
    }

    @Test
    void askJsonAndSearchJsonPrintTheApiShapes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Run ask = run("ask", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "Where did Trump meet Putin?");
        assertThat(ask.exit()).isZero();
        JsonNode answer = json.readTree(ask.out());
        assertThat(answer.get("answer").asText()).contains("Alaska");
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        JsonNode citation = answer.get("citations").get(0);
        for (String field : new String[] {"n", "articleId", "title", "source", "publishedAt", "url", "sentence",
            "start", "end"}) {
            assertThat(citation.has(field)).as(field).isTrue();
        }
        Run search = run("search", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "-k", "2",
                "military parade");
        JsonNode passages = json.readTree(search.out()).get("passages");
        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(passages.get(0).get("text").asText()).isNotBlank();
        assertThat(passages.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(passages.get(1).get("score").asDouble());
    }

    @Test
    void badInputIsRefusedWithAReasonAndANonZeroExit() {
        Run blank = run("ask", "--seeds", "seeds", "--data-dir", data.toString(), " ");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("question is empty");
        Run badFlag = run("ask", "--top-k", "many", "question");
        assertThat(badFlag.exit()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--top-k");
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        for (String command : new String[] {"ask", "search", "chat", "ingest"}) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:").contains("--seeds");
        }
    }
}
