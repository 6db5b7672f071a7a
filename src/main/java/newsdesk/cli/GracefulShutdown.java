package newsdesk.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

import io.javalin.Javalin;

import newsdesk.web.WebApp;

/**
 * What SIGTERM (or Ctrl-C) does to {@code serve}: stop taking connections, let the requests in flight finish (answers
 * being streamed included, for up to {@link WebApp#SHUTDOWN_GRACE}), then close Newsdesk, which releases the index.
 * Runs once, however often it is called.
 */
final class GracefulShutdown implements Runnable {

    private final Javalin app;
    private final AutoCloseable desk;
    private final PrintStream out;
    private final AtomicBoolean done = new AtomicBoolean();

    GracefulShutdown(Javalin app, AutoCloseable desk, PrintStream out) {
        this.app = app;
        this.desk = desk;
        this.out = out;
    }

    @Override
    public void run() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        out.printf("stopping: no new connections; finishing requests in flight (up to %d s)%n",
                WebApp.SHUTDOWN_GRACE.toSeconds());
        try {
            app.stop();
        } catch (RuntimeException e) {
            out.println("stopping the HTTP server failed: " + e.getMessage());
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
