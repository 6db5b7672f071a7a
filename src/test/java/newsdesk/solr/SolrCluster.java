package newsdesk.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SolrCloud for tests: runs the launcher ({@code src/test/solr-launcher}, built by the exec step of the main
 * POM into {@code target/solr-launcher/}) in a child JVM with Solr's own classpath: {@code MiniSolrCloudCluster}
 * with embedded ZooKeeper. The child dies with its stdin, so it never outlives the test JVM. Its log goes to
 * {@code target/solr-launcher/cluster-N.log}.
 */
final class SolrCluster implements AutoCloseable {

    static final Path LAUNCHER = Path.of("target/solr-launcher");
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final AtomicInteger STARTS = new AtomicInteger();

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<URI> nodes = new ArrayList<>();
    private final long startMillis;

    private SolrCluster(int nodeCount) throws IOException, InterruptedException {
        Path classpath = LAUNCHER.resolve("classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath + " is missing: build the launcher with "
                    + "`mvn -f src/test/solr-launcher/pom.xml compile` (the main build's exec step does this)");
        }
        String cp = LAUNCHER.resolve("classes") + java.io.File.pathSeparator
                + Files.readString(classpath).strip();
        Path log = LAUNCHER.resolve("cluster-" + STARTS.incrementAndGet() + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long started = System.nanoTime();
        process = new ProcessBuilder(java.toString(), "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", cp, "newsdesk.solrlauncher.SolrLauncher", String.valueOf(nodeCount))
                .redirectError(log.toFile())
                .start();
        commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "solr-launcher-stdout");
        reader.setDaemon(true);
        reader.start();
        String line;
        while (!(line = next(START_LIMIT, "READY")).startsWith("READY")) {
            if (line.startsWith("NODE ")) {
                nodes.add(URI.create(line.split(" ")[2]));
            }
        }
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** Starts a cluster of {@code nodeCount} nodes and waits until every node is up. */
    static SolrCluster start(int nodeCount) {
        try {
            return new SolrCluster(nodeCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<URI> nodes() {
        return List.copyOf(nodes);
    }

    /** Wall time from starting the child JVM to every node up, in ms. */
    long startMillis() {
        return startMillis;
    }

    /** Stops node {@code i} (its Jetty; ZooKeeper notices it left) and waits until it is down. */
    void stopNode(int i) {
        command("stop " + i, "STOPPED " + i);
    }

    /** Starts node {@code i} again on its old port and waits until it has joined the cluster. */
    void startNode(int i) {
        command("start " + i, "STARTED " + i);
    }

    private void command(String command, String expected) {
        try {
            commands.write(command + "\n");
            commands.flush();
            String line;
            while (!(line = next(Duration.ofMinutes(1), expected)).startsWith(expected)) {
                if (line.startsWith("ERROR")) {
                    throw new IllegalStateException("launcher: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String next(Duration limit, String waitingFor) {
        try {
            String line = lines.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new IllegalStateException("the Solr launcher did not say " + waitingFor + " within " + limit
                        + "; see " + LAUNCHER.toAbsolutePath() + "/cluster-*.log");
            }
            if (line.equals("EOF")) {
                throw new IllegalStateException("the Solr launcher exited before " + waitingFor + "; see "
                        + LAUNCHER.toAbsolutePath() + "/cluster-*.log");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("LAUNCHER ")) {
                    lines.add(line.substring("LAUNCHER ".length()));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        lines.add("EOF");
    }

    @Override
    public void close() {
        try {
            commands.write("quit\n");
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
