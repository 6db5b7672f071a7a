package newsdesk.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;

/**
 * Cuts off a request whose body arrives slower than {@link ConnectionLimits#minRequestBytesPerSecond()} on average
 * while a handler thread waits for it: after a grace of {@value #GRACE_MILLIS} ms, a connection that has received
 * fewer bytes since the wait began than the minimum rate asks is closed, which ends the blocked read (Jetty's idle
 * timeout alone restarts with every byte, so one byte every 25 s held a thread for ever). One daemon timer thread.
 */
final class SlowBodyCutoff {

    static final long GRACE_MILLIS = 2_000;
    static final long CHECK_MILLIS = 250;

    private final long minBytesPerSecond;
    private final ScheduledExecutorService timer;

    SlowBodyCutoff(long minBytesPerSecond) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.timer = minBytesPerSecond <= 0 ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slow-body-cutoff");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Watches the body of {@code ctx} from now until the returned handle is run (when the read has ended). */
    Runnable watch(Context ctx) {
        ServletContextRequest request = timer == null ? null : ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            return () -> { };
        }
        Connection connection = request.getConnectionMetaData().getConnection();
        long startBytes = connection.getBytesIn();
        long started = System.nanoTime();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(timer.scheduleAtFixedRate(() -> {
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            long received = connection.getBytesIn() - startBytes;
            if (elapsedMillis >= GRACE_MILLIS && received * 1000 < minBytesPerSecond * elapsedMillis) {
                connection.getEndPoint().close();
                task.get().cancel(false);
            }
        }, GRACE_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS));
        return () -> task.get().cancel(false);
    }

    /** Stops the timer (the app is stopping). */
    void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
