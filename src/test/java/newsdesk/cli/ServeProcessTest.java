package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.article.Article;
import newsdesk.testing.GeneratedArticles;
import newsdesk.testing.TestDesks;

/**
 * {@code newsdesk serve} as operators run it: a separate JVM started with {@code newsdesk.launch.Main}, the real MiniLM
 * model, a three-article seeds folder, stopped with SIGTERM ({@link Process#destroy()}).
 */
class ServeProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern WAITING = Pattern.compile("(?m)^newsdesk_answers_waiting\\S* (\\d+)");
    private static final Pattern RUNNING = Pattern.compile("(?m)^newsdesk_answers_running\\S* (\\d+)");
    /**
     * Bounds against a hang only, far above what a loaded 2-core machine needs (at load 25 a start took over a minute):
     * tight ones, not the server, decided the outcome. The whole queue of answers waits and drains inside the grace.
     * Waits for the server count its processor time ({@link Patience}): at load 25 a resumed load of the generated
     * articles ran past 240 s of wall time while the server worked.
     */
    private static final Duration HANG = Duration.ofSeconds(240);
    private static final int GRACE_SECONDS = (int) HANG.toSeconds();
    private static final String[] QUESTIONS = {
        "Who will join Xi at the military parade in Beijing?",
        "How much did the Westgate suspension bridge cost?",
        "How much money did Valley Robotics raise?",
        "Who cut the ribbon at the bridge opening?",
        "What will Valley Robotics do with the money?",
        "How many vehicles a day will the bridge carry?"};

    /** Generated articles for the interrupted load: several 512-chunk batches. */
    private static final int ARTICLES = 1500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private Process server;

    @AfterEach
    void kill() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void sigtermLetsAnswersInFlightFinishAndExitsZero() throws Exception {
        server = start(Map.of("NEWSDESK_MAX_CONCURRENT_ANSWERS", "1", "NEWSDESK_ANSWER_QUEUE", "300",
                "NEWSDESK_ANSWER_WAIT_MS", Long.toString(GRACE_SECONDS * 1000L), "NEWSDESK_HTTP_THREADS", "400",
                "NEWSDESK_RATE_LIMIT_PER_MINUTE", "0", "NEWSDESK_CONVERSATION_TURNS_PER_MINUTE", "0",
                // more passages per answer: each answer takes long enough that the burst queues up behind one slot
                "NEWSDESK_TOP_K", "20",
                // the whole queue drains inside the grace however slow the machine is (the default is 10 s)
                "NEWSDESK_SHUTDOWN_GRACE_SECONDS", Integer.toString(GRACE_SECONDS)),
                "serve", "--port", "0", "--seeds", TestDesks.CORPUS.toString(), "--data-dir", data.toString());
        ProcessLines out = new ProcessLines(data.resolve("stdout.txt"), server);
        ProcessLines err = new ProcessLines(data.resolve("stderr.txt"));
        Matcher listening = out.await(LISTENING, HANG);
        String base = "http://127.0.0.1:" + listening.group(1);
        out.await(Pattern.compile("^ready: "), HANG);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        List<CompletableFuture<Outcome>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String body = "{\"question\":\"" + QUESTIONS[i % QUESTIONS.length] + " (" + i + ")\"}";
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/ask/stream"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(GRACE_SECONDS))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .handle((response, error) -> new Outcome(response, error, System.nanoTime())));
        }
        awaitAllInside(client, base, calls, 15);
        long signalled = System.nanoTime();
        server.destroy(); // SIGTERM

        assertThat(server.waitFor(GRACE_SECONDS + 30, TimeUnit.SECONDS)).as("stopped within the grace period")
                .isTrue();
        long stoppedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        assertThat(server.exitValue()).isZero();
        List<Outcome> outcomes = calls.stream().map(CompletableFuture::join).toList();
        List<Outcome> answered = outcomes.stream().filter(o -> o.response() != null).toList();
        assertThat(answered).as("stop took " + stoppedMillis + " ms").allSatisfy(o -> {
            String what = "the answer finished " + TimeUnit.NANOSECONDS.toMillis(o.finishedNanos() - signalled)
                    + " ms after SIGTERM, stop took " + stoppedMillis + " ms";
            assertThat(o.response().statusCode()).as(what + "; body: " + o.response().body()).isEqualTo(200);
            assertThat(o.response().body()).as(what + "; server log:\n" + serverLog(err))
                    .contains("event: done").doesNotContain("event: error");
        });
        assertThat(answered.stream().filter(o -> o.finishedNanos() > signalled).count())
                .as("answers that were still queued or running when SIGTERM arrived, finished after it (stop took "
                        + stoppedMillis + " ms)")
                .isGreaterThanOrEqualTo(15);
        assertThat(outcomes.stream().filter(o -> o.response() == null).map(o -> o.error().toString()).toList())
                .as("requests dropped instead of answered").isEmpty();
        out.await(Pattern.compile("^stopping: no new connections; finishing requests in flight \\(up to "
                        + GRACE_SECONDS + " s\\)"),
                Duration.ofSeconds(10));
        out.await(Pattern.compile("^stopped$"), Duration.ofSeconds(10));
    }

    @Test
    void sigtermDuringTheInitialLoadExitsZeroAndTheNextStartResumes() throws Exception {
        Path seeds = Files.createDirectories(data.resolve("seeds"));
        Path index = data.resolve("index");
        ArrayNode articles = JSON.createArrayNode();
        for (int i = 0; i < ARTICLES; i++) {
            Article a = GeneratedArticles.article(i);
            articles.addObject().put("title", a.title()).put("source", a.source()).put("author", a.author())
                    .put("published_at", a.publishedAt().toString()).put("url", a.url()).put("body", a.body());
        }
        JSON.writeValue(seeds.resolve("towns.json").toFile(), articles);
        // A grace long enough for the batch in flight on a loaded machine: the stop waits for it, then closes.
        Map<String, String> env = Map.of("NEWSDESK_MODEL", "minilm-q",
                "NEWSDESK_SHUTDOWN_GRACE_SECONDS", Integer.toString(GRACE_SECONDS));
        String[] serve = {"serve", "--port", "0", "--seeds", seeds.toString(), "--data-dir", index.toString()};

        server = start("first-", env, serve);
        ProcessLines first = new ProcessLines(data.resolve("first-stdout.txt"), server);
        first.await(LISTENING, HANG);
        awaitFirstBatch(index);
        assertThat(first.all()).as("still loading when the signal comes").doesNotContain("ready:");
        server.destroy(); // SIGTERM in the middle of embedding and persisting batches

        assertThat(server.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).as("a clean stop, not a crash").isZero();
        first.await(Pattern.compile("^stopped during the initial load after its batch in flight; the next start "
                + "resumes it$"), Duration.ofSeconds(10));
        assertThat(first.all()).as("the load ended at a batch boundary, not cut off").doesNotContain("cut off");
        assertThat(Files.readString(data.resolve("first-stderr.txt"))).as("the stop is not reported as an error")
                .doesNotContain("ingestion ended after");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.startsWith("hs_err"));
        }

        server = start("second-", env, serve);
        ProcessLines second = new ProcessLines(data.resolve("second-stdout.txt"), server);
        Matcher ready = second.await(Pattern.compile("^ready: (\\d+) articles, \\d+ chunks served; (\\d+) articles"),
                HANG);
        assertThat(Integer.parseInt(ready.group(1))).as("articles served").isEqualTo(ARTICLES);
        assertThat(Integer.parseInt(ready.group(2))).as("articles the second start still had to add")
                .isLessThan(ARTICLES);
        String base = "http://127.0.0.1:" + second.await(LISTENING, Duration.ofSeconds(1)).group(1);
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(readiness.body()).get("articles").asInt()).isEqualTo(ARTICLES);
        server.destroy();
        assertThat(server.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
    }

    /** Waits until the first batch of the load is on disk (a complete snapshot generation directory). */
    private void awaitFirstBatch(Path index) throws Exception {
        Patience patience = new Patience(server, HANG);
        String exhausted = null;
        while (exhausted == null && server.isAlive()) {
            if (Files.isDirectory(index)) {
                try (var entries = Files.list(index)) {
                    if (entries.anyMatch(p -> p.getFileName().toString().matches("gen-\\d+"))) { // not gen-N.tmp
                        return;
                    }
                }
            }
            exhausted = patience.exhausted();
            Thread.sleep(20);
        }
        throw new AssertionError("no batch persisted in " + index + (server.isAlive() ? " (" + exhausted + ")"
                : " (the server exited with " + server.exitValue() + ")"));
    }

    @Test
    void refusesToListenBeyondLoopbackWithAShortAdminToken() throws Exception {
        String token = "only-twenty-two-bytes!";
        server = start(Map.of("NEWSDESK_ADMIN_TOKEN", token),
                "serve", "--host", "0.0.0.0", "--port", "0", "--seeds", TestDesks.CORPUS.toString(),
                "--data-dir", data.toString());
        ProcessLines err = new ProcessLines(data.resolve("stderr.txt"));

        assertThat(server.waitFor(HANG.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        err.await(Pattern.compile("refusing to start"), Duration.ofSeconds(5));
        assertThat(err.all()).contains("NEWSDESK_ADMIN_TOKEN has 22 bytes").contains("at least 32 bytes")
                .contains("0.0.0.0").doesNotContain(token);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        return start("", env, args);
    }

    /** Starts {@code newsdesk.launch.Main} with {@code args}; its output goes to {@code <logs>stdout.txt} in the temp dir. */
    private Process start(String logs, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:ErrorFile=" + data.resolve("hs_err_%p.log"),
                "-cp", System.getProperty("java.class.path"), "newsdesk.launch.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSDESK_") || name.startsWith("SLACK_"));
        builder.environment().putAll(env);
        builder.redirectOutput(data.resolve(logs + "stdout.txt").toFile());
        builder.redirectError(data.resolve(logs + "stderr.txt").toFile());
        return builder.start();
    }

    /**
     * Polls the server's metrics until every request sent is in the server (answered, answering, or waiting for a
     * slot) and at least {@code count} wait: only then is each one in flight. On a loaded machine some are still on
     * their way long after the first ones queue, and a request that reaches a stopping server is rightly refused.
     */
    private void awaitAllInside(HttpClient client, String base, List<CompletableFuture<Outcome>> calls, int count)
            throws Exception {
        Patience patience = new Patience(server, HANG);
        int agreeing = 0;
        String metrics = "";
        String exhausted = null;
        while (exhausted == null) {
            // Counted before the metrics are read, so no request is counted both as finished and as in the server.
            long finished = calls.stream().filter(CompletableFuture::isDone).count();
            metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long waiting = gauge(WAITING, metrics);
            boolean allInside = finished + gauge(RUNNING, metrics) + waiting >= calls.size();
            // An answer taking its slot counts as running and waiting for an instant: two polls in a row must agree.
            agreeing = allInside && waiting >= count ? agreeing + 1 : 0;
            if (agreeing == 2) {
                return;
            }
            exhausted = patience.exhausted();
            Thread.sleep(5);
        }
        throw new AssertionError("never saw all " + calls.size() + " requests in the server with " + count
                + " of them waiting for an answer (" + exhausted + "):\n" + metrics);
    }

    /** What the server logged besides its access log. */
    private static String serverLog(ProcessLines err) {
        return err.all().replaceAll("(?m)^.*newsdesk\\.access - .*$\\n?", "");
    }

    private static long gauge(Pattern gauge, String metrics) {
        Matcher matcher = gauge.matcher(metrics);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private record Outcome(HttpResponse<String> response, Throwable error, long finishedNanos) {
    }
}
