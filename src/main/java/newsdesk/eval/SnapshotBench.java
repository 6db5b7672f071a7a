package newsdesk.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import newsdesk.ingest.IngestReport;
import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;

/**
 * Time to ready from a snapshot versus rebuilding from scratch, at several corpus sizes (in chunks), with the real
 * embedding model. For each size it writes synthetic news articles as JSON Lines seeds, then measures:
 * <ol>
 *   <li>rebuild: an empty data directory, start-up embeds every chunk and writes the first generation;</li>
 *   <li>restart (best of {@code --repeat}, each in a fresh JVM like a real restart): launch to ready, of which model
 *   start, snapshot restore (read, verify checksums, build the vector matrix and the Lucene index) and seed check
 *   (re-read and hash the seeds; nothing to embed);</li>
 *   <li>one small upload against the full corpus: embed one article and write a whole new generation.</li>
 * </ol>
 * {@code java -jar newsdesk.jar snapshot-bench --chunks 1000,10000}
 */
@Command(name = "snapshot-bench", mixinStandardHelpOptions = true,
        description = "Measure start-up from a snapshot against a rebuild from scratch.")
public final class SnapshotBench implements Callable<Integer> {

    @Option(names = "--chunks", split = ",", defaultValue = "1000,10000",
            description = "Corpus sizes to measure, in chunks (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--model", defaultValue = "minilm", description = "minilm or minilm-q (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--repeat", defaultValue = "3", description = "Start-ups from the snapshot per size (best kept).")
    int repeat;

    @Option(names = "--work", description = "Folder for seeds and data (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--reuse", description = "Keep the seeds and snapshot already in --work (no rebuild).")
    boolean reuse;

    @Spec
    CommandSpec spec;

    @Option(names = "--start-only", hidden = true, description = "Internal: time one start-up from --work.")
    boolean startOnly;

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(new CommandLine(new SnapshotBench()).execute(args));
    }

    /** One size's measurements, in milliseconds ({@code rebuild} -1 when an existing snapshot was reused). */
    record Row(int chunks, int articles, long rebuild, long launchToReady, long modelStart, long restore,
               long seedCheck, long ready, long snapshotBytes, long upload) {
    }

    @Override
    public Integer call() throws Exception {
        if (startOnly) {
            return startOnly();
        }
        boolean temporary = work == null;
        Path root = temporary ? Files.createTempDirectory("newsdesk-snapshot-bench") : work;
        List<Row> rows = new ArrayList<>();
        try {
            for (int size : sizes) {
                rows.add(measure(root.resolve("c" + size), size));
                print(rows, spec.commandLine().getOut());
            }
        } finally {
            if (temporary) {
                delete(root);
            }
        }
        return 0;
    }

    private Row measure(Path dir, int targetChunks) throws Exception {
        Path seeds = dir.resolve("seeds");
        Path data = dir.resolve("data");
        Settings settings = settings(dir);
        long rebuild = -1;
        if (!reuse || !Files.isDirectory(data)) {
            delete(data);
            int articles = SyntheticNews.writeSeeds(seeds, targetChunks);
            spec.commandLine().getErr().printf(Locale.ROOT, "%d chunks: rebuilding from %d articles...%n", targetChunks, articles);
            long started = System.nanoTime();
            try (Newsdesk desk = Newsdesk.create(settings)) {
                desk.ingestSeeds(Ingestor.Progress.NONE);
            }
            rebuild = millisSince(started);
        }
        long[] best = null;
        for (int run = 0; run < repeat; run++) {
            long[] start = startInFreshJvm(dir);
            if (best == null || start[0] < best[0]) {
                best = start;
            }
        }
        long upload;
        int articles;
        try (Newsdesk desk = Newsdesk.create(settings)) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            articles = desk.qa().articleCount();
            long u = System.nanoTime();
            IngestReport batch = desk.ingestion().uploads().add(List.of(SyntheticNews.article(new Random(1), -1, 8)), Origin.UPLOAD,
                    "bench");
            upload = millisSince(u);
            desk.ingestion().uploads().delete(batch.ids().get(0));
        }
        return new Row((int) best[5], articles, rebuild, best[0], best[1], best[2], best[3], best[4],
                snapshotBytes(data), upload);
    }

    private Settings settings(Path dir) {
        return Settings.from(Map.of("NEWSDESK_SEEDS", dir.resolve("seeds").toString(),
                "NEWSDESK_DATA_DIR", dir.resolve("data").toString(), "NEWSDESK_MODEL", model));
    }

    /**
     * Runs {@code --start-only} in a new JVM, as a real restart would: returns launch to ready, model start, restore,
     * seed check and create to ready in milliseconds, and the chunk count.
     */
    private long[] startInFreshJvm(Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process child = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                SnapshotBench.class.getName(), "--start-only", "--work", dir.toString(), "--model", model)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && result == null; line = out.readLine()) {
                if (line.startsWith("START ")) {
                    result = line;
                }
            }
        }
        long toReady = millisSince(launched);
        child.waitFor();
        if (result == null) {
            throw new IllegalStateException("the start-up run printed no timings (exit " + child.exitValue() + ")");
        }
        long[] parts = Arrays.stream(result.substring(6).split(" ")).mapToLong(Long::parseLong).toArray();
        return new long[] {toReady, parts[0], parts[1], parts[2], parts[3], parts[4]};
    }

    /** {@code --start-only}: one start-up from the snapshot in {@code --work}, timed, printed as one line. */
    private int startOnly() throws Exception {
        long t0 = System.nanoTime();
        try (Newsdesk desk = Newsdesk.create(settings(work))) {
            long t1 = System.nanoTime();
            desk.restore();
            long t2 = System.nanoTime();
            desk.ingestSeeds(Ingestor.Progress.NONE);
            long t3 = System.nanoTime();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "START %d %d %d %d %d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000, desk.qa().chunkCount());
            out.flush();
        }
        return 0;
    }

    private static void print(List<Row> rows, PrintWriter out) {
        out.println();
        out.println("| chunks | articles | rebuild from scratch | restart: launch to ready | model start | restore "
                + "(read + verify + Lucene) | seed check | snapshot size | one upload (embed + write) |");
        out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row r : rows) {
            String rebuild = r.rebuild() < 0 ? "(reused)" : String.format(Locale.ROOT, "%.1f s", r.rebuild() / 1000.0);
            out.printf(Locale.ROOT, "| %d | %d | %s | %.2f s | %d ms | %d ms | %d ms | %.1f MB | %d ms |%n",
                    r.chunks(), r.articles(), rebuild, r.launchToReady() / 1000.0, r.modelStart(), r.restore(),
                    r.seedCheck(), r.snapshotBytes() / 1e6, r.upload());
        }
        out.flush();
    }

    private static long snapshotBytes(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            List<Path> generations = files.filter(p -> p.getFileName().toString().matches("gen-\\d+"))
                    .sorted(Comparator.reverseOrder()).toList();
            if (generations.isEmpty()) {
                return 0;
            }
            try (Stream<Path> inside = Files.list(generations.get(0))) {
                return inside.mapToLong(p -> p.toFile().length()).sum();
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
