package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

/**
 * Many more concurrent questions than the server may answer at once: the surplus is refused with 503 and
 * {@code Retry-After} instead of piling up threads, {@code /health} answers throughout, and the request
 * threads never exceed the configured pool.
 */
class OverloadTest {

    private static final int HTTP_THREADS = 24;
    private static final int CLIENTS = 64;
    private static final Duration FLOOD = Duration.ofSeconds(4);

    @Test
    void surplusQuestionsAre503WithRetryAfterAndHealthStaysFast() throws Exception {
        Limits limits = Limits.DEFAULTS.withRate(0, 1).withConversationTurnsPerMinute(0)
                .withAnswering(2, 2, Duration.ofMillis(100)).withHttpThreads(HTTP_THREADS);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        try (TestServer server = TestServer.start(WebSettings.DEFAULTS.withLimits(limits))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).build();
            Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
            List<String> bad = new CopyOnWriteArrayList<>();
            AtomicInteger peakServerThreads = new AtomicInteger();
            long end = System.nanoTime() + FLOOD.toNanos();
            ExecutorService flood = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int clientNo = c;
                clients.add(flood.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                        URI.create(server.base() + (i % 3 == 0 ? "/api/ask/stream" : "/api/ask")))
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade in "
                                        + "Beijing? (" + clientNo + "/" + i + ")\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
                        if (response.statusCode() == 503 && (response.headers().firstValue("Retry-After").isEmpty()
                                || !response.body().contains("\"code\":\"overloaded\""))) {
                            bad.add(response.headers().map() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            int healthPolls = 0;
            while (System.nanoTime() < end) {
                assertThat(server.get("/health").statusCode()).isEqualTo(200);
                healthPolls++;
                peakServerThreads.accumulateAndGet(serverThreads(), Math::max);
                Thread.sleep(20);
            }
            flood.shutdown();
            for (Future<?> done : clients) {
                done.get(60, TimeUnit.SECONDS); // a client that failed to get any answer fails the test
            }

            assertThat(statuses.keySet()).as("statuses seen: " + statuses).containsOnly(200, 503);
            assertThat(statuses.get(503).sum()).as("refused while saturated").isPositive();
            assertThat(statuses.get(200).sum()).as("answered while saturated").isPositive();
            assertThat(bad).as("503s without Retry-After or the overloaded code").isEmpty();
            // Behaviour, not speed: /health answered 200 on every poll while the answer slots were saturated
            // (asserted as each poll returned). How fast it answers is measured by scripts/, not asserted here.
            assertThat(healthPolls).as("/health polled during the flood").isGreaterThan(1);
            assertThat(peakServerThreads.get()).as("request threads").isLessThanOrEqualTo(HTTP_THREADS);
            assertThat(server.post("/api/ask", "{\"question\":\"Who hosts the parade?\"}").statusCode())
                    .as("healthy afterwards").isEqualTo(200);
        }
        awaitThreadsBelow(threadsBefore + HTTP_THREADS);
    }

    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("newsdesk-http")).count();
    }

    /** Once the server is stopped, its threads are gone: the JVM is back near where it started. */
    private static void awaitThreadsBelow(int limit) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int now = ManagementFactory.getThreadMXBean().getThreadCount();
        while (now > limit && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = ManagementFactory.getThreadMXBean().getThreadCount();
        }
        assertThat(now).as("live threads after the flood").isLessThanOrEqualTo(limit);
    }
}
