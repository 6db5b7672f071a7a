package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsdesk ingest} in its own JVM, as operators run it, so that everything the process writes is seen: the
 * command's own lines and anything the ingestion classes log. A skipped file is reported once, not logged again.
 */
class IngestProcessTest {

    @TempDir
    Path data;

    @Test
    void eachSkippedFileIsReportedOnceAndNotLoggedAgain() throws Exception {
        Path folder = data.resolve("incoming");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("rover.md"), """
                ---
                title: Lunar rover finds ice near the south pole
                source: Space Daily
                date: 2025-09-02
                ---
                The Artemis scout rover found water ice in a crater near the lunar south pole on Monday.
                """);
        Files.writeString(folder.resolve("broken.json"), "[{\"title\": \"broken\", \"body\": ");
        Files.writeString(folder.resolve("notes.csv"), "a,b\n");
        Path empty = Files.createDirectories(data.resolve("seeds"));
        Path out = data.resolve("stdout.txt");
        Path err = data.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "newsdesk.launch.Main",
                "ingest", "--seeds", empty.toString(), "--data-dir", data.resolve("index").toString(),
                folder.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSDESK_"));
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ingest finished").isTrue();

        assertThat(process.exitValue()).isEqualTo(3);
        List<String> lines = java.util.stream.Stream.concat(Files.readAllLines(out).stream(),
                Files.readAllLines(err).stream()).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("ingested 1 article"));
        for (String bad : List.of("broken.json", "notes.csv")) {
            assertThat(lines.stream().filter(l -> l.contains(folder.resolve(bad).toString())))
                    .as("lines naming " + bad + " in:\n" + String.join("\n", lines))
                    .singleElement().asString().startsWith("skipped ");
        }
    }
}
