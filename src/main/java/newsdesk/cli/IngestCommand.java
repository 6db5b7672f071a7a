package newsdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import newsdesk.Newsdesk;

/** {@code newsdesk ingest PATH}: read, chunk and embed articles, with progress. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read, chunk and embed the articles in a file or folder and report what was indexed.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PATH", description = "An article file or a folder of them.")
    Path path;

    @Override
    public Integer call() throws Exception {
        try (var desk = Cli.start(common, true)) {
            Progress progress = Progress.forConsole();
            Newsdesk.IngestReport report = desk.ingest(path, progress);
            progress.finish();
            report.failures().forEach(f -> System.err.println("skipped " + f));
            System.out.printf("ingested %d articles, %d chunks in %.1f s (%d files skipped)%n", report.articles(),
                    report.chunks(), report.millis() / 1000.0, report.failures().size());
            return report.failures().isEmpty() ? 0 : 3;
        }
    }
}
