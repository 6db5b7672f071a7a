package newsdesk.web;

import java.time.Duration;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * How the HTTP server stops: it stops accepting connections, answers new requests 503, lets every request in flight
 * finish (for up to the grace), then closes the connections left, which are idle by then.
 *
 * <p>Jetty's own graceful stop shortens the idle timeout of every open connection to one second as it begins, so an
 * answer being streamed to a client that does not read for a second (a phone on a slow network, a loaded machine) was
 * cut mid-event, and the client, told {@code Connection: close}, saw a complete but truncated stream. Here connections
 * keep their idle timeout while requests are in flight, and get the short one only once none is left.
 */
final class Drain {

    /** How soon idle connections close once no request is in flight: Jetty's default shutdown idle timeout. */
    static final long IDLE_CLOSE_MILLIS = 1_000;
    /** A negative shutdown idle timeout keeps every connection's own idle timeout during the stop (Jetty 12.1). */
    private static final long KEEP_IDLE_TIMEOUTS = -1;

    private Drain() {
    }

    /** Makes stopping {@code server} drain as above, for up to {@code grace}. Call before the server starts. */
    static void install(Server server, Duration grace) {
        GracefulHandler requests = new GracefulHandler();
        server.setStopTimeout(grace.toMillis());
        server.insertHandler(requests);
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof AbstractConnector c) {
                        c.setShutdownIdleTimeout(KEEP_IDLE_TIMEOUTS);
                    }
                }
            }

            @Override
            public void lifeCycleStopping(LifeCycle event) {
                // The same future the server's stop waits on; it completes when no request is in flight.
                requests.shutdown().thenRun(() -> closeIdle(server));
            }
        });
    }

    private static void closeIdle(Server server) {
        for (Connector connector : server.getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                endPoint.setIdleTimeout(IDLE_CLOSE_MILLIS);
            }
        }
    }
}
