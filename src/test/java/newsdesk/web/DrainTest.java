package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;

/**
 * Stopping the server while an answer is being streamed ({@link Drain}): the stream keeps its connection, with its
 * usual idle timeout, until its last event is sent; the connections left idle are closed after it, within the grace.
 */
class DrainTest {

    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final String QUESTION = "{\"question\":\"When did the bridge open?\"}";

    private Javalin app;
    private URI health;

    @AfterEach
    void stop() {
        if (app != null && !app.jettyServer().server().isStopped()) {
            app.stop();
        }
    }

    @Test
    void aStreamInFlightKeepsItsIdleTimeoutUntilDoneThenIdleConnectionsClose() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Answer canned = new Answer("The bridge opened on Monday.", false, List.of(), List.of(), "canned", 0.5, null,
                Map.of());
        app = WebApp.create(CannedAnswer.service(() -> canned, gate), TestServer.UNLIMITED.withConnections(
                new ConnectionLimits(ConnectionLimits.DEFAULT_MAX_CONNECTIONS_PER_CLIENT,
                        ConnectionLimits.DEFAULT_MIN_REQUEST_BYTES_PER_SECOND,
                        ConnectionLimits.DEFAULT_WEBHOOK_RATE_PER_MINUTE, GRACE))).start(0);
        health = URI.create("http://127.0.0.1:" + app.port() + "/health");
        AbstractConnector connector = (AbstractConnector) app.jettyServer().server().getConnectors()[0];
        assertThat(connector.getIdleTimeout()).as("an idle connection left open would outlast the grace")
                .isGreaterThan(GRACE.toMillis());
        HttpClient idle = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient poll = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(health(idle)).isEqualTo(200); // a keep-alive connection, idle from now on
        assertThat(health(poll)).isEqualTo(200);

        try (Socket stream = new Socket("127.0.0.1", app.port())) {
            stream.getOutputStream().write(("POST /api/ask/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + QUESTION.length() + "\r\n\r\n" + QUESTION)
                    .getBytes(StandardCharsets.UTF_8));
            InputStream in = stream.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            readUntil(in, received, "event: sources"); // the answer now waits for the gate
            EndPoint endPoint = connector.getConnectedEndPoints().stream()
                    .filter(e -> ((InetSocketAddress) e.getRemoteSocketAddress()).getPort() == stream.getLocalPort())
                    .findFirst().orElseThrow();

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(app::stop);
            while (serving(poll)) {
                assertThat(stopped).isNotDone();
            }
            assertThat(endPoint.getIdleTimeout()).as("the idle timeout of the connection streaming an answer")
                    .isEqualTo(connector.getIdleTimeout());

            gate.countDown();
            in.transferTo(received); // until the server closes the connection
            assertThat(received.toString(StandardCharsets.UTF_8)).contains("event: done")
                    .contains("The bridge opened on Monday.").doesNotContain("event: error").endsWith("0\r\n\r\n");
            // Throws if the stop ran into the grace: the idle keep-alive connection was not closed after the stream.
            stopped.get(GRACE.toSeconds() * 3, TimeUnit.SECONDS);
        }
    }

    /**
     * Whether the server still serves: false once the stop is under way, seen as a 503 on the kept-alive connection or,
     * when the stop has already closed that connection, as a new connection refused (the connectors no longer accept).
     */
    private boolean serving(HttpClient client) throws IOException, InterruptedException {
        try {
            return health(client) != 503;
        } catch (ConnectException refused) {
            return false;
        }
    }

    private int health(HttpClient client) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(health)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void readUntil(InputStream in, ByteArrayOutputStream received, String marker) throws IOException {
        byte[] buffer = new byte[8192];
        while (!received.toString(StandardCharsets.UTF_8).contains(marker)) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new AssertionError("the stream ended before " + marker + ":\n" + received);
            }
            received.write(buffer, 0, n);
        }
    }
}
