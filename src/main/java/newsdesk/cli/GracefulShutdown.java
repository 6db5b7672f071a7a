package newsdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.javalin.Javalin;

/**
 * What SIGTERM (or Ctrl-C) does to {@code serve}: stop taking connections, let the requests in flight finish (answers
 * being streamed included, for up to the grace, {@code NEWSDESK_SHUTDOWN_GRACE_SECONDS}), then close Newsdesk, which
 * releases the index. During the initial load of the seeds Newsdesk is left open: the load is still using it, and the
 * batches it has persisted are complete on disk. Runs once, however often it is called.
 */
final class GracefulShutdown implements Runnable {

    private final Javalin app;
    private final AutoCloseable desk;
    private final PrintWriter out;
    private final Duration grace;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicBoolean loading = new AtomicBoolean(true);

    GracefulShutdown(Javalin app, AutoCloseable desk, PrintWriter out, Duration grace) {
        this.app = app;
        this.desk = desk;
        this.out = out;
        this.grace = grace;
    }

    /** The initial load of the seeds is over: from now on stopping closes Newsdesk. */
    void loaded() {
        loading.set(false);
    }

    @Override
    public void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        out.printf("stopping: no new connections; finishing requests in flight (up to %d s)%n",
                grace.toSeconds());
        try {
            app.stop();
        } catch (RuntimeException e) {
            out.println("stopping the HTTP server failed: " + e.getMessage());
        }
        if (loading.get()) {
            // The load still runs on the main thread; the process ends with it. Every batch persisted so far stays
            // (each one is written atomically), and the next start resumes from there.
            out.println("stopped during the initial load; the next start resumes it");
            out.flush();
            return;
        }
        try {
            desk.close();
        } catch (Exception e) {
            out.println("closing the index failed: " + e.getMessage());
        }
        out.println("stopped");
        out.flush();
    }
}
