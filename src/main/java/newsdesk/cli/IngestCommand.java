package newsdesk.cli;

import newsdesk.ingest.IngestReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newsdesk.Newsdesk;
import newsdesk.error.RefusedException;
import newsdesk.ingest.SeedWatcher;
import newsdesk.solr.SolrSettings;

/**
 * {@code newsdesk ingest PATH}: read, chunk and embed articles into the persisted corpus, with progress;
 * {@code newsdesk ingest --watch}: keep the seeds in sync until Ctrl-C.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, chunk and embed the articles in a file or folder into the persisted index.",
            "With --watch, keep the seeds location in sync with the index until interrupted (Ctrl-C)."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "An article file or a folder of them.")
    Path path;

    @Option(names = "--watch", description = "Sync the seeds now, then again whenever they change, until Ctrl-C.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "How often --watch looks at the seeds (default: ${DEFAULT-VALUE} s).")
    double intervalSeconds;

    @Override
    public Integer call() throws Exception {
        if (path == null && !watch) {
            throw new IllegalArgumentException("give a PATH to ingest, or --watch to keep the seeds in sync");
        }
        if (watch && common.settings(System.getenv()).solr().store() == SolrSettings.Store.SOLR) {
            throw new IllegalArgumentException("--watch keeps the built-in index in sync with the seeds; with "
                    + "--store solr, add articles with 'newsdesk ingest PATH' instead");
        }
        int status = 0;
        CountDownLatch closed = new CountDownLatch(1);
        try (var desk = Cli.start(common, true)) {
            if (path != null) {
                Progress progress = Progress.forConsole(common.err());
                IngestReport report = desk.ingest(path, progress);
                progress.finish();
                report.failures().forEach(f -> common.err().println("skipped " + f));
                report.incomplete().forEach(note -> common.err().println("incomplete " + note));
                common.out().printf("ingested %d articles, %d chunks in %.1f s (%d unchanged, %d files or records "
                        + "skipped)%n", report.articles(), report.chunks(), report.millis() / 1000.0, report.unchanged(),
                        report.failures().size());
                status = report.failures().isEmpty() ? 0 : 3;
            }
            if (watch) {
                watch(desk, closed);
            }
        } finally {
            closed.countDown();
        }
        return status;
    }

    private void watch(Newsdesk desk, CountDownLatch closed) {
        if (!desk.ingestion().status().writable()) {
            // a sync would stay in this process's memory: watching would persist nothing
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "data_dir_locked", "the data directory "
                    + desk.ingestion().status().dataDir() + " belongs to another running Newsdesk; stop it first, "
                    + "or add articles through its admin API (POST /api/articles)");
        }
        Runnable sync = () -> {
            Progress progress = Progress.forConsole(common.err());
            IngestReport report = desk.ingestion().seeds().sync(progress);
            progress.finish();
            report.failures().forEach(f -> common.err().println("skipped " + f));
            common.out().printf("seeds: %d added, %d changed, %d removed, %d unchanged (generation %d)%n",
                    report.added(), report.changed(), report.removed(), report.unchanged(),
                    desk.ingestion().status().generation());
        };
        Path seeds = desk.settings().seeds();
        // made before the first sync, so a change while that sync reads the seeds is still seen as a change
        SeedWatcher watcher = new SeedWatcher(seeds, Duration.ofMillis(Math.max(100, (long) (intervalSeconds * 1000))),
                sync);
        sync.run();
        Thread hook = new Thread(() -> {
            watcher.close();
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        common.out().println("watching " + seeds.toAbsolutePath() + " (Ctrl-C to stop)");
        common.out().flush();
        watcher.run();
    }
}
