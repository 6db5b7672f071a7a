package newsdesk.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.javalin.Javalin;

import newsdesk.slack.SlackSettings.ResponseType;
import newsdesk.web.ErrorMapper;
import newsdesk.testing.MutableClock;

/**
 * The production wiring ({@link SlackRoutes#register}) on a real Javalin at a random port, a loopback
 * {@link FakeSlack}, a counting answerer and a JDK HttpClient that signs requests like Slack does.
 */
final class SlackHarness implements AutoCloseable {

    static final String SECRET = "test-signing-secret";
    static final String MATTERMOST_TOKEN = "mm-test-token";
    static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");

    final FakeSlack slack;
    final MutableClock clock = new MutableClock(NOW);
    final CountingAsker asker;
    final ExecutorService executor = Executors.newFixedThreadPool(2);
    final HttpClient client = HttpClient.newHttpClient();
    private final HttpClient outbound = HttpClient.newHttpClient();
    private final Javalin app;

    SlackHarness(Asker answers, Function<FakeSlack, SlackSettings> settings) throws IOException {
        slack = new FakeSlack();
        asker = new CountingAsker(answers);
        SlackSettings configured = settings.apply(slack);
        app = Javalin.create(config -> {
            ErrorMapper.register(config.routes);
            SlackRoutes.register(config, asker, configured, clock, outbound, executor);
        }).start("127.0.0.1", 0);
    }

    /** Everything on: Slack pointed at the fake, its response_url prefix allowed, Mattermost with a token. */
    static SlackSettings enabled(FakeSlack slack, Duration budget) {
        return new SlackSettings(SECRET, FakeSlack.BOT_TOKEN, slack.apiUrl(), ResponseType.IN_CHANNEL,
                MATTERMOST_TOKEN, budget, List.of(slack.responseUrlPrefix()));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} signed with the shared secret at the clock's current time, plus {@code extra} headers. */
    HttpResponse<String> signed(String path, String contentType, String body, Map<String, String> extra)
            throws IOException, InterruptedException {
        String ts = String.valueOf(clock.instant().getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>(signature(SECRET, ts, body));
        headers.putAll(extra);
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    int port() {
        return app.port();
    }

    HttpResponse<String> command(String form) throws IOException, InterruptedException {
        return signed(SlackRoutes.COMMANDS_PATH, "application/x-www-form-urlencoded", form, Map.of());
    }

    HttpResponse<String> event(String json, Map<String, String> extra) throws IOException, InterruptedException {
        return signed(SlackRoutes.EVENTS_PATH, "application/json", json, extra);
    }

    static Map<String, String> signature(String secret, String ts, String body) {
        return Map.of(SlackSignatureVerifier.TIMESTAMP_HEADER, ts, SlackSignatureVerifier.SIGNATURE_HEADER,
                SlackSignatureVerifier.sign(secret, ts, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A slash command body as Slack sends it. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    String slashCommand(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy-verification-token");
        fields.put("team_id", "T1");
        fields.put("team_domain", "newsroom");
        fields.put("channel_id", "C1");
        fields.put("channel_name", "general");
        fields.put("user_id", "U1");
        fields.put("user_name", "ada");
        fields.put("command", "/news");
        fields.put("text", text);
        fields.put("response_url", slack.responseUrl("cmd1"));
        fields.put("trigger_id", "123.456.abc");
        return form(fields);
    }

    /**
     * Waits until the executor has finished {@code count} tasks in all. A slow slash command is two: the answer, then
     * its delivery, which the answer's completion hands to the executor (so {@link #quiesce()} right after releasing
     * an answer could shut the executor before the delivery is handed over).
     */
    void awaitCompletedTasks(long count) throws InterruptedException {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) executor;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pool.getCompletedTaskCount() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + pool.getCompletedTaskCount() + " of " + count + " tasks ran");
            }
            Thread.sleep(10);
        }
    }

    /** Waits until every piece of work handed to the executor has finished. */
    void quiesce() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("background work did not finish");
        }
    }

    @Override
    public void close() {
        app.stop();
        executor.shutdownNow();
        slack.close();
    }
}
