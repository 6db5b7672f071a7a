package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.cli.InProcessCli.Run;

/**
 * {@code newsdesk ingest PATH} and {@code newsdesk ingest --watch} as a user runs them, with the real model: the
 * one-line summary when output is not a terminal, only new or changed articles embedded on a second run, and a
 * watching process (a separate JVM, stopped with SIGTERM) that keeps the persisted index in sync with the seeds.
 */
class IngestCommandTest {

    private static final String VOLCANO = """
            # Volcano observatory raises the alert level

            The Mount Korra observatory raised the alert level to orange on Wednesday after a swarm of three hundred \
            small earthquakes. Residents of two villages on the northern slope were advised to prepare for evacuation.
            """;
    private static final String FERRY = """
            <html><head><title>Ferry strike ends in Port Lenn</title></head><body>
            <p>The ferry workers of Port Lenn ended their strike on Tuesday after the operator agreed to a six percent \
            raise. Crossings to the islands resume on Thursday morning.</p></body></html>
            """;
    private static final Pattern SUMMARY = Pattern.compile(
            "ingested (\\d+) articles, (\\d+) chunks in \\d+\\.\\d s \\((\\d+) unchanged, (\\d+) files or records "
                    + "skipped\\)");

    @TempDir
    Path tmp;

    private Process watcher;

    @AfterEach
    void kill() {
        if (watcher != null && watcher.isAlive()) {
            watcher.destroyForcibly();
        }
    }

    @Test
    void ingestPrintsOneSummaryLineAndEmbedsOnlyWhatIsNewOnTheNextRun() throws Exception {
        Path folder = tmp.resolve("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("volcano.md"), VOLCANO);
        Files.writeString(folder.resolve("ferry.html"), FERRY);
        String data = tmp.resolve("data").toString();
        String noSeeds = tmp.resolve("no-seeds").toString();

        Run first = run("ingest", folder.toString(), "--data-dir", data, "--seeds", noSeeds);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out().lines().toList()).as("one summary line, no progress bar off a terminal").hasSize(1)
                .first().matches(s -> summary(s, 2, 0, 0), "2 new articles");
        assertThat(first.err()).doesNotContain("\r").doesNotContain("chunks/s");
        assertThat(first.err().lines()).as("the page without date or author loads, and the report says what it lacks")
                .contains("incomplete " + folder.resolve("ferry.html") + ": loaded with no publication date, no author");

        Files.writeString(folder.resolve("ferry.html"), FERRY.replace("six percent", "seven percent"));
        Run second = run("ingest", folder.toString(), "--data-dir", data, "--seeds", noSeeds);
        assertThat(second.exit()).isZero();
        assertThat(second.out().strip()).matches(s -> summary(s, 1, 1, 0), "1 changed, 1 unchanged");

        Run ask = run("ask", "--data-dir", data, "--seeds", noSeeds, "How much of a raise did the ferry workers get?");
        assertThat(ask.exit()).isZero();
        assertThat(ask.out()).contains("seven percent").contains("Ferry strike ends in Port Lenn")
                .doesNotContain("six percent");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void watchKeepsThePersistedIndexInSyncWithTheSeedsUntilStopped() throws Exception {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.writeString(seeds.resolve("ferry.html"), FERRY);
        Path data = tmp.resolve("data");
        watcher = start("ingest", "--watch", "--interval", "0.2", "--seeds", seeds.toString(), "--data-dir",
                data.toString());
        ProcessLines out = new ProcessLines(tmp.resolve("stdout.txt"));
        out.await(Pattern.compile("^seeds: 1 added, 0 changed, 0 removed, 0 unchanged \\(generation 1\\)$"),
                Duration.ofSeconds(120));
        out.await(Pattern.compile("^watching "), Duration.ofSeconds(10));

        Run second = run("ingest", "--watch", "--seeds", seeds.toString(), "--data-dir", data.toString());
        assertThat(second.exit()).as("a second watcher on the same data directory").isEqualTo(2);
        assertThat(second.err()).contains("belongs to another running Newsdesk");

        Files.writeString(seeds.resolve("volcano.md"), VOLCANO);
        out.await(Pattern.compile("^seeds: 1 added, 0 changed, 0 removed, 1 unchanged \\(generation 2\\)$"),
                Duration.ofSeconds(60));
        Files.delete(seeds.resolve("ferry.html"));
        out.await(Pattern.compile("^seeds: 0 added, 0 changed, 1 removed, 1 unchanged \\(generation 3\\)$"),
                Duration.ofSeconds(60));

        watcher.destroy();
        assertThat(watcher.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
        try (Stream<Path> children = Files.list(data)) {
            assertThat(children.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("LOCK", "gen-000002", "gen-000003");
        }
        String noSeeds = tmp.resolve("no-seeds").toString();
        Run volcano = run("ask", "--data-dir", data.toString(), "--seeds", noSeeds,
                "Why did the Mount Korra observatory raise the alert level?");
        assertThat(volcano.out()).contains("earthquakes").contains("Volcano observatory raises the alert level");
        Run ferry = run("search", "--json", "--data-dir", data.toString(), "--seeds", noSeeds, "ferry strike");
        assertThat(ferry.out()).doesNotContain("Port Lenn");
    }

    @Test
    void watchRefusesTheSolrStoreWhichItWouldNotUpdate() {
        Run run = run("ingest", "--watch", "--store", "solr", "--solr-url", "http://127.0.0.1:9/solr",
                "--data-dir", tmp.resolve("data").toString(), "--seeds", tmp.resolve("seeds").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--store solr");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    private static boolean summary(String line, int articles, int unchanged, int skipped) {
        var m = SUMMARY.matcher(line);
        return m.matches() && Integer.parseInt(m.group(1)) == articles && Integer.parseInt(m.group(2)) > 0 == articles > 0
                && Integer.parseInt(m.group(3)) == unchanged && Integer.parseInt(m.group(4)) == skipped;
    }

    private static Run run(String... args) {
        return InProcessCli.run("", args);
    }

    /** Starts {@code newsdesk.launch.Main} in its own JVM; its output goes to {@code stdout.txt} / {@code stderr.txt}. */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "newsdesk.launch.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSDESK_"));
        builder.redirectOutput(tmp.resolve("stdout.txt").toFile());
        builder.redirectError(tmp.resolve("stderr.txt").toFile());
        return builder.start();
    }
}
