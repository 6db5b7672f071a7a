package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * With every secret configured (Slack signing secret and bot token, Mattermost token, admin token, LLM API key), the
 * production wiring never writes one to its log or into a response, whatever requests carry them in headers, query
 * strings and bodies; and the access log has one line per request with method, path without the query string,
 * status, duration and request id.
 */
class SecretsAndAccessLogTest {

    private static final String SLACK_SECRET = "slack-signing-8f1c2d3e4b5a69788796a5b4c3d2e1f0";
    private static final String BOT_TOKEN = "xoxb-111-222-bottokenSECRETvalue";
    private static final String MATTERMOST_TOKEN = "mattermost-token-4d5e6f7a8b9c0d1e";
    private static final String ADMIN_TOKEN = "admin-token-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String LLM_KEY = "sk-llm-key-ffeeddccbbaa99887766554433221100";
    private static final List<String> SECRETS = List.of(SLACK_SECRET, BOT_TOKEN, MATTERMOST_TOKEN, ADMIN_TOKEN,
            LLM_KEY);

    @TempDir
    Path data;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void secretsStayOutOfLogsAndResponses() throws Exception {
        List<HttpResponse<String>> carrying = new ArrayList<>();
        List<HttpResponse<String>> clean = new ArrayList<>();
        String log = captureLog(base -> {
            for (String secret : SECRETS) {
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/api/articles?token=" + secret
                                + "&access_token=" + secret + "&key=" + secret))
                        .header("Authorization", "Bearer " + secret).header("Cookie", "session=" + secret)
                        .header("X-Api-Key", secret).header("X-Slack-Signature", "v0=" + secret)));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/api/ask?api_key=" + secret))
                        .header("Authorization", "Bearer " + secret)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade? " + secret
                                + "\"}"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/api/ask/stream?token=" + secret))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + secret + "\"}"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/api/search?token=" + secret))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + secret + "}"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/slack/commands?token=" + secret))
                        .header("X-Slack-Request-Timestamp", "1").header("X-Slack-Signature", "v0=" + secret)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + secret + "&text=who"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                        .header("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                        .header("X-Slack-Signature", "v0=" + secret)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + secret + "\"}"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/mattermost/commands?token=" + secret))
                        .header("Authorization", "Token " + secret)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + secret + "&text=Who+hosts+the+parade"))));
                carrying.add(send(HttpRequest.newBuilder(URI.create(base + "/health?password=" + secret))
                        .header("Proxy-Authorization", "Basic " + secret)));
            }
            for (String path : List.of("/health", "/ready", "/metrics", "/openapi.json", "/api/config",
                    "/api/articles", "/", "/chat.js", "/widget.js", "/no/such/route")) {
                clean.add(send(HttpRequest.newBuilder(URI.create(base + path))));
            }
            clean.add(send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade in Beijing?\"}"))));
            clean.add(send(HttpRequest.newBuilder(URI.create(base + "/slack/commands"))
                    .POST(HttpRequest.BodyPublishers.ofString("text=who"))));
        });

        assertThat(carrying).extracting(HttpResponse::statusCode).doesNotContain(500);
        for (String secret : SECRETS) {
            assertThat(log).as("the log").doesNotContain(secret);
            for (HttpResponse<String> response : clean) {
                assertThat(response.body()).as(response.uri().toString()).doesNotContain(secret);
                assertThat(response.headers().map().toString()).doesNotContain(secret);
            }
        }
        assertThat(log).contains("INFO newsdesk.access - GET /api/articles 200 ")
                .contains("INFO newsdesk.access - POST /api/ask 200 ")
                .contains("INFO newsdesk.access - POST /slack/commands 401 ")
                .doesNotContain("?token").doesNotContain("api_key");
    }

    @Test
    void everyRequestGetsAnIdEchoedAndLogged() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        String log = captureLog(base -> {
            responses.add(send(HttpRequest.newBuilder(URI.create(base + "/health")).header("X-Request-Id",
                    "trace-4f1c.0e2a:9")));
            responses.add(send(HttpRequest.newBuilder(URI.create(base + "/api/articles/nope"))
                    .header("X-Request-Id", "not an id\u00e9; drop table")));
            responses.add(send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Who hosts the parade in Beijing?\"}"))));
        });

        assertThat(responses.get(0).headers().firstValue("X-Request-Id")).hasValue("trace-4f1c.0e2a:9");
        String replaced = responses.get(1).headers().firstValue("X-Request-Id").orElseThrow();
        String generated = responses.get(2).headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(replaced).matches("[0-9a-f]{16}");
        assertThat(generated).matches("[0-9a-f]{16}").isNotEqualTo(replaced);
        assertThat(log).containsPattern("INFO newsdesk\\.access - GET /health 200 \\d+ms id=trace-4f1c\\.0e2a:9")
                .containsPattern("INFO newsdesk\\.access - GET /api/articles/nope 404 \\d+ms id=" + replaced)
                .containsPattern("INFO newsdesk\\.access - POST /api/ask 200 \\d+ms id=" + generated)
                .doesNotContain("drop table");
    }

    /** Runs requests against the production wiring with every secret configured; returns what was logged. */
    private String captureLog(Requests requests) throws Exception {
        Map<String, String> env = Map.of(
                "SLACK_SIGNING_SECRET", SLACK_SECRET, "SLACK_BOT_TOKEN", BOT_TOKEN,
                "NEWSDESK_MATTERMOST_TOKEN", MATTERMOST_TOKEN, "NEWSDESK_ADMIN_TOKEN", ADMIN_TOKEN,
                "NEWSDESK_LLM_PROVIDER", "openai", "NEWSDESK_LLM_MODEL", "gpt-test",
                "NEWSDESK_LLM_BASE_URL", "http://127.0.0.1:9/v1", "NEWSDESK_LLM_API_KEY", LLM_KEY,
                "NEWSDESK_RATE_LIMIT_PER_MINUTE", "0");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        try (Newsdesk desk = Newsdesk.create(TestDesks.settings(TestServer.corpus(), data, env), new HashingEmbedder(),
                Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            Javalin app = desk.webApp().start(0);
            try {
                requests.run("http://127.0.0.1:" + app.port());
            } finally {
                app.stop();
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Requests {
        void run(String base) throws Exception;
    }

    /** Writes to the real stderr and keeps a copy. */
    private static final class Tee extends OutputStream {

        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
