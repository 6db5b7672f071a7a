package newsdesk.cli;

import java.util.Locale;

import newsdesk.index.Ingestor;

/** A one-line progress bar on a terminal (articles, chunks, chunks/s, ETA); silent when output is redirected. */
final class Progress implements Ingestor.Progress {

    private static final int WIDTH = 30;

    private final boolean enabled;
    private final long started = System.nanoTime();
    private boolean drawn;

    private Progress(boolean enabled) {
        this.enabled = enabled;
    }

    static Progress forConsole() {
        return new Progress(System.console() != null);
    }

    @Override
    public void update(int articlesDone, int articlesTotal, int chunksDone, int chunksTotal) {
        if (!enabled || chunksTotal == 0) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = chunksDone / seconds;
        long eta = rate > 0 ? Math.round((chunksTotal - chunksDone) / rate) : 0;
        int filled = (int) ((long) WIDTH * chunksDone / chunksTotal);
        System.err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles, %d/%d chunks, %.0f chunks/s, ETA %ds ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), articlesDone, articlesTotal, chunksDone, chunksTotal,
                rate, eta);
        drawn = true;
    }

    void finish() {
        if (drawn) {
            System.err.println();
        }
    }
}
