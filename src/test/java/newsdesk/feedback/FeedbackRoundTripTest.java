package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import newsdesk.Newsdesk;
import newsdesk.eval.EvalCommand;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * Readers' feedback end to end on the server {@code serve} runs: answers rated through {@code POST /api/feedback},
 * kept in the data directory's log across a restart, exported by the admin route, and replayed by
 * {@code eval --feedback} as regression cases.
 */
class FeedbackRoundTripTest {

    private static final String TOKEN = "feedback-admin-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void ratingsGoFromTheApiToTheLogTheExportAndTheReplay() throws Exception {
        Path data = tmp.resolve("data");
        String export;
        try (Newsdesk desk = desk(data)) {
            Javalin app = desk.webApp().start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                JsonNode parade = ask(base, "Who will join Xi at the military parade in Beijing?");
                JsonNode bridge = ask(base, "How much did the Westgate bridge cost?");
                JsonNode robots = ask(base, "How much did Valley Robotics raise?");
                JsonNode mayor = ask(base, "Who cut the ribbon on the bridge?");
                assertThat(parade.get("citations")).isNotEmpty();
                String fromAnswer = bridge.get("citations").get(0).get("sentence").asText().split(" ")[0];

                assertThat(rate(base, parade, "up", null).statusCode()).isEqualTo(200);
                assertThat(rate(base, bridge, "down", fromAnswer).statusCode()).isEqualTo(200);
                assertThat(rate(base, robots, "down", "forty-two unicorns").statusCode()).isEqualTo(200);
                assertThat(rate(base, mayor, "down", null).statusCode()).isEqualTo(200);

                assertThat(get(base + "/api/admin/feedback", null).statusCode()).isEqualTo(401);
                HttpResponse<String> exported = get(base + "/api/admin/feedback", "Bearer " + TOKEN);
                assertThat(exported.statusCode()).isEqualTo(200);
                assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/x-ndjson"));
                export = exported.body();
            } finally {
                app.stop();
            }
        }
        List<String> lines = export.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).get("question").asText())
                .isEqualTo("Who will join Xi at the military parade in Beijing?");
        assertThat(Files.readString(data.resolve(FeedbackLog.FILE_NAME))).isEqualTo(export);

        try (Newsdesk restarted = desk(data)) {
            assertThat(restarted.qa().feedbackRecords()).extracting(f -> f.rating().wire())
                    .containsExactly("up", "down", "down", "down");
        }

        Path file = tmp.resolve("feedback.jsonl");
        Files.writeString(file, export);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine eval = new CommandLine(new EvalCommand((corpus, settings) -> Map.of(), Map.of(),
                Clock.systemUTC(), settings -> Newsdesk.create(settings, new HashingEmbedder(), Clock.systemUTC())));
        eval.setOut(new PrintWriter(out));
        eval.setErr(new PrintWriter(err));
        int exit = eval.execute("--corpus", TestDesks.CORPUS.toString(), "--feedback", file.toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString())
                .contains("Feedback replay of 4 rated answers: 2 pass, 1 fail, 1 skipped")
                .containsPattern("PASS +up +Who will join Xi")
                .containsPattern("PASS +down +How much did the Westgate")
                .containsPattern("FAIL +down +How much did Valley Robotics raise\\?\\s+the answer lacks forty, two, "
                        + "unicorns")
                .containsPattern("SKIPPED +down +Who cut the ribbon");
    }

    private Newsdesk desk(Path data) {
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, data,
                Map.of("NEWSDESK_ADMIN_TOKEN", TOKEN)), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    private JsonNode ask(String base, String question) throws IOException, InterruptedException {
        HttpResponse<String> response = post(base + "/api/ask", JSON.writeValueAsString(Map.of("question", question)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> rate(String base, JsonNode answer, String rating, String correction)
            throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("answerId", answer.get("id").asText()).put("rating", rating);
        if (correction != null) {
            body.put("correction", correction);
        }
        return post(base + "/api/feedback", body.toString());
    }

    private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
