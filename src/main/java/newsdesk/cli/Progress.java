package newsdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import newsdesk.ingest.Ingestor;

/** A one-line progress bar on a terminal (articles, chunks, chunks/s, ETA); silent when output is redirected. */
final class Progress implements Ingestor.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final long started;
    private boolean drawn;

    Progress(PrintWriter out, boolean enabled, LongSupplier nanoTime) {
        this.out = out;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** Draws on {@code err} (the command's standard error) when the program runs on a terminal, else stays silent. */
    static Progress forConsole(PrintWriter err) {
        return new Progress(err, System.console() != null, System::nanoTime);
    }

    @Override
    public void update(int articlesDone, int articlesTotal, int chunksDone, int chunksTotal) {
        if (!enabled || chunksTotal == 0) {
            return;
        }
        double seconds = Math.max(1e-3, (nanoTime.getAsLong() - started) / 1e9);
        double rate = chunksDone / seconds;
        String eta = rate > 0 ? Math.round((chunksTotal - chunksDone) / rate) + "s" : "--";
        int filled = (int) ((long) WIDTH * chunksDone / chunksTotal);
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d articles, %d/%d chunks, %.0f chunks/s, ETA %s ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), articlesDone, articlesTotal, chunksDone, chunksTotal,
                rate, eta);
        out.flush();
        drawn = true;
    }

    /** Ends the bar's line, if one was drawn, so the summary starts on a line of its own. */
    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
