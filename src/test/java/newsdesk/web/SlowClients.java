package newsdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A bounded slow-client attack on loopback: {@code count} sockets from {@code attacker} (a loopback address of its
 * own, so the cap per client address does not touch the probes from 127.0.0.1) send a question's headers, then one
 * body byte every {@code interval}, until the server closes them or {@code limit} passes. Meanwhile {@code /health}
 * and a question are sent from 127.0.0.1. Everything stops by itself. {@link #main} prints the figures for
 * docs/security.md (against a running {@code serve}): {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=newsdesk.web.SlowClients -Dexec.args="http://127.0.0.1:7070 200 1000 60"}.
 */
public final class SlowClients {

    /** What happened: sockets opened, closed by the server (and when), and every probe's status and latency. */
    record Run(int opened, int closedByServer, Duration lastClosedAfter, Duration took, List<Integer> healthStatuses,
               List<Long> healthMillis, List<Integer> questionStatuses) {
    }

    /** How often {@code /health} is probed during the run. */
    static final Duration PROBE_EVERY = Duration.ofMillis(50);

    private SlowClients() {
    }

    static Run run(String host, int port, String attacker, int count, Duration interval, Duration limit)
            throws Exception {
        return run(host, port, attacker, count, interval, limit, 4000);
    }

    /** The same with a declared body length ({@code 100000}: over the route's limit, a body that is refused). */
    static Run run(String host, int port, String attacker, int count, Duration interval, Duration limit,
                   int declaredLength) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        List<Socket> closed = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long[] lastClosed = {0};
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Integer> health = new ArrayList<>();
        List<Long> healthMillis = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        try {
            byte[] head = ("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declaredLength + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < count; i++) {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(attacker, 0));
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(1);
                sockets.add(socket);
                try {
                    socket.getOutputStream().write(head);
                } catch (IOException e) {
                    closed.add(socket);
                }
            }
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : sockets) {
                    if (!closed.contains(socket) && closedByServer(socket)) {
                        closed.add(socket);
                        lastClosed[0] = System.nanoTime() - started;
                    }
                }
            }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            String base = "http://" + host + ":" + port;
            long deadline = started + limit.toNanos();
            long nextQuestion = 0;
            while (closed.size() < sockets.size() && System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                health.add(client.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                healthMillis.add((System.nanoTime() - sent) / 1_000_000);
                if (questions.size() < 5 && System.nanoTime() >= nextQuestion) {
                    questions.add(client.send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade?\"}"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
                    nextQuestion = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                }
                Thread.sleep(PROBE_EVERY.toMillis());
            }
        } finally {
            trickle.shutdownNow();
            trickle.awaitTermination(10, TimeUnit.SECONDS);
            for (Socket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing our side of an already closed connection
                }
            }
        }
        return new Run(sockets.size(), closed.size(), Duration.ofNanos(lastClosed[0]),
                Duration.ofNanos(System.nanoTime() - started), health, healthMillis, questions);
    }

    /** Sends one more body byte; true when the server has answered, closed or reset the connection. */
    private static boolean closedByServer(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            try {
                int read = in.read();
                if (read != -2) {
                    return true; // -1: closed; a byte: the server answered (refused) instead of waiting
                }
            } catch (SocketTimeoutException e) {
                // nothing from the server yet
            }
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:7070");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Duration interval = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000);
        Duration limit = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 60);
        Run run = run(target.getHost(), target.getPort(), "127.0.0.2", count, interval, limit);
        List<Long> sorted = new ArrayList<>(run.healthMillis());
        Collections.sort(sorted);
        long p50 = sorted.isEmpty() ? -1 : sorted.get((sorted.size() - 1) / 2);
        long p99 = sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        long max = sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
        System.out.printf("slow sockets: %d opened, %d closed by the server, the last after %.1f s; run %.1f s%n",
                run.opened(), run.closedByServer(), run.lastClosedAfter().toMillis() / 1000.0,
                run.took().toMillis() / 1000.0);
        System.out.printf("/health during the run: %d probes, statuses %s, p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), new java.util.TreeSet<>(run.healthStatuses()), p50, p99, max);
        System.out.printf("questions during the run: statuses %s%n", run.questionStatuses());
    }
}
