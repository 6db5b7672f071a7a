package newsdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.javalin.Javalin;

/**
 * What SIGTERM (or Ctrl-C) does to {@code serve}: stop taking connections, let the requests in flight finish (answers
 * being streamed included, for up to the grace, {@code NEWSDESK_SHUTDOWN_GRACE_SECONDS}), then close Newsdesk, which
 * releases the index. During the initial load of the seeds it first asks the load to stop ({@code stopLoad}): the
 * load ends after the batch in flight is persisted, and Newsdesk is closed once it has ({@link #loaded}), so no
 * thread is inside the model then. A load that has not ended within the grace is left running and Newsdesk open:
 * the process ends under it, and every batch persisted so far is complete on disk. Runs once, however often called.
 */
final class GracefulShutdown implements Runnable {

    private final Javalin app;
    private final AutoCloseable desk;
    private final Runnable stopLoad;
    private final PrintWriter out;
    private final Duration grace;
    private final AtomicBoolean done = new AtomicBoolean();
    private final CountDownLatch loadEnded = new CountDownLatch(1);

    GracefulShutdown(Javalin app, AutoCloseable desk, Runnable stopLoad, PrintWriter out, Duration grace) {
        this.app = app;
        this.desk = desk;
        this.stopLoad = stopLoad;
        this.out = out;
        this.grace = grace;
    }

    /** The initial load of the seeds is over (done, failed or stopped): from now on stopping closes Newsdesk. */
    void loaded() {
        loadEnded.countDown();
    }

    /** Whether a stop has begun (the load may then end early, by request). */
    boolean stopping() {
        return done.get();
    }

    @Override
    public void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        boolean loading = loadEnded.getCount() > 0;
        if (loading) {
            stopLoad.run(); // first, so that the batch in flight winds down while the server stops
        }
        out.printf("stopping: no new connections; finishing requests in flight (up to %d s)%n",
                grace.toSeconds());
        out.flush();
        try {
            app.stop();
        } catch (RuntimeException e) {
            out.println("stopping the HTTP server failed: " + e.getMessage());
        }
        if (loading && !awaitLoad(deadline)) {
            // Still embedding: closing now would pull the model from under it. The process ends with the load; the
            // batches persisted so far stay (each one is written atomically), and the next start resumes from there.
            out.printf("stopped during the initial load, its batch in flight cut off after %d s; "
                    + "the next start resumes it%n", grace.toSeconds());
            out.flush();
            return;
        }
        try {
            desk.close();
        } catch (Exception e) {
            out.println("closing the index failed: " + e.getMessage());
        }
        out.println(loading ? "stopped during the initial load after its batch in flight; the next start resumes it"
                : "stopped");
        out.flush();
    }

    private boolean awaitLoad(long deadline) {
        try {
            return loadEnded.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
