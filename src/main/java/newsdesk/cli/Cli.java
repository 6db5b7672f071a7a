package newsdesk.cli;

import newsdesk.ingest.IngestReport;
import newsdesk.Newsdesk;
import newsdesk.Settings;

/** Shared start-up of the commands: settings from environment and flags, then the seeds. */
final class Cli {

    private Cli() {
    }

    /**
     * Builds Newsdesk, loads the newest snapshot from the data directory and, unless {@code skipSeeds}, brings the
     * seeds up to date with a progress line on a terminal.
     */
    static Newsdesk start(CommonOptions options, boolean skipSeeds) {
        Settings settings = options.settings(System.getenv());
        Newsdesk desk = Newsdesk.create(settings);
        if (skipSeeds) {
            desk.restore();
        } else {
            Progress progress = Progress.forConsole(options.err());
            IngestReport report = desk.ingestSeeds(progress);
            progress.finish();
            report.failures().forEach(f -> options.err().println("skipped " + f));
        }
        return desk;
    }
}
