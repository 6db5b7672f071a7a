package newsdesk.index;

import newsdesk.ingest.Ingestor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/**
 * Kills a child JVM ({@link CrashChild}) with {@code destroyForcibly} (SIGKILL) at random moments while it ingests,
 * again and again on the same data directory, and after every kill restarts from disk: every acknowledged article
 * is present, no batch is partially present, every generation's checksums verify and no temporary file is left.
 */
class CrashTest {

    private static final int RUNS = 12;
    private static final Pattern KEY = Pattern.compile(".*/r(\\d+)-b(\\d+)-(\\d+)of(\\d+)$");

    @TempDir
    Path tmp;

    @Test
    void acknowledgedBatchesSurviveKillNineAndNoBatchIsTorn() throws Exception {
        Path data = tmp.resolve("data");
        Path seeds = tmp.resolve("seeds");
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        int killedWhileWriting = 0;
        for (int run = 0; run < RUNS; run++) {
            List<String> lines = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Process child = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classPath(), CrashChild.class.getName(),
                    data.toString(), seeds.toString(), String.valueOf(run))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        if (line.startsWith("READY")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed mid-line
                }
            });
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child %d started", run).isTrue();
            Thread.sleep(random.nextInt(1500));
            if (hasTemporaryFiles(data)) {
                killedWhileWriting++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            for (String line : lines) {
                if (line.startsWith("ACK ") && line.endsWith(" END")) {
                    acknowledged.addAll(List.of(line.substring(4, line.length() - 4).split(" ")));
                }
            }
            verifyAfterRestart(data, seeds, acknowledged);
        }
        assertThat(acknowledged).hasSizeGreaterThan(RUNS);
        System.out.printf("crash test: %d runs, %d acknowledged articles, %d kills with a write in progress%n",
                RUNS, acknowledged.size(), killedWhileWriting);
    }

    private static void verifyAfterRestart(Path data, Path seeds, Set<String> acknowledged) throws Exception {
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, data), new HashingEmbedder(),
                Clock.systemUTC())) {
            DurableIndex.Restored restored = desk.ingestion().restorer().restore(Ingestor.Progress.NONE);
            assertThat(restored.rejected()).as("nothing corrupt after a kill").isEmpty();
            Set<String> present = new HashSet<>();
            Map<String, Set<Integer>> batches = new HashMap<>();
            Map<String, Integer> sizes = new HashMap<>();
            for (Article article : desk.qa().articles(0, Integer.MAX_VALUE)) {
                present.add(article.url());
                Matcher m = KEY.matcher(article.url());
                assertThat(m.matches()).isTrue();
                String batch = m.group(1) + "/" + m.group(2);
                batches.computeIfAbsent(batch, b -> new HashSet<>()).add(Integer.parseInt(m.group(3)));
                sizes.put(batch, Integer.parseInt(m.group(4)));
            }
            assertThat(present).containsAll(acknowledged);
            batches.forEach((batch, members) -> assertThat(members).as("batch %s", batch).hasSize(sizes.get(batch)));
            SnapshotStore store = new SnapshotStore(data, null, Clock.systemUTC());
            List<Long> generations = store.generations();
            // the new generation and the one it replaced; a kill between the rename and the pruning may leave one more,
            // which the next write deletes
            assertThat(generations.size()).isBetween(acknowledged.isEmpty() ? 0 : 1, 3);
            for (long generation : generations) {
                assertThat(store.verify(generation)).as("generation %d", generation).isEmpty();
            }
            assertThat(hasTemporaryFiles(data)).as("temporary files left").isFalse();
        }
    }

    private static boolean hasTemporaryFiles(Path data) {
        if (!Files.isDirectory(data)) {
            return false;
        }
        try (Stream<Path> children = Files.list(data)) {
            return children.map(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".tmp")
                    || n.endsWith(".del"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
