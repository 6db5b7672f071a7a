package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;
import newsdesk.web.Limits;
import newsdesk.web.WebApp;
import newsdesk.web.WebSettings;

/**
 * The language-model answerer as a user of the HTTP API meets it: the production wiring ({@link Newsdesk} and
 * {@link WebApp#create}) on a random port, a loopback OpenAI-compatible model server, and the JDK HTTP client reading
 * {@code /api/ask} and the {@code /api/ask/stream} Server-Sent Events.
 */
class LlmWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"[^>]*>\\n(.*?)\\n</passage>",
            Pattern.DOTALL);
    private static final String QUESTION = "{\"question\":\"How much did the Westgate bridge cost?\"}";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void theWidgetReceivesOnlyVerifiedSentencesAsTheyArriveAndTheFinalAnswerMatchesThem() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicBoolean opened = new AtomicBoolean();
        String base = serve(request -> {
            int n = passageWith(request, "$1.2 billion");
            return new FakeLlmServer.Gated("The Westgate bridge cost $1.2 billion to build [" + n + "]. It is the "
                    + "finest bridge ever built. Tickets are at http://evil.example/bridge [" + n + "]. Mayor",
                    gate, Duration.ofSeconds(10), " Elena Ruiz cut the ribbon at dawn [" + n + "][9]. "
                    + "Construction of the Westgate bridge took six years [" + n + "].", opened);
        }, "10s", Limits.DEFAULTS);

        List<String> received = new ArrayList<>();
        List<String> beforeTheModelFinished = new ArrayList<>();
        HttpResponse<Stream<String>> response = http.send(post(base, "/api/ask/stream"),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Iterator<String> lines = response.body().iterator();
        while (lines.hasNext()) {
            String line = lines.next();
            received.add(line);
            if (line.equals("event: delta") && gate.getCount() > 0) {
                String data = lines.next();
                received.add(data);
                beforeTheModelFinished.add(data);
                gate.countDown();
            }
        }
        assertThat(opened).as("the first sentence reached the client while the model was still writing").isTrue();
        assertThat(beforeTheModelFinished).hasSize(1);
        JsonNode first = JSON.readTree(beforeTheModelFinished.get(0).substring(5).strip());
        assertThat(first.path("text").asText()).isEqualTo("The Westgate bridge cost $1.2 billion to build. [1]");
        assertThat(first.path("citations")).as("the first sentence's citation came with it, while the model wrote on")
                .singleElement().satisfies(citation -> {
                    assertThat(citation.path("n").asInt()).isEqualTo(1);
                    assertThat(citation.path("title").asText()).isEqualTo(
                            "Harbor City Opens New Suspension Bridge After Six Years of Work");
                    assertThat(citation.path("sentence").asText()).endsWith("that cost $1.2 billion.");
                });

        List<JsonNode> deltas = events(received, "delta");
        JsonNode done = events(received, "done").get(0);
        assertThat(events(received, "sources")).hasSize(1);
        assertThat(deltas).extracting(delta -> delta.path("text").asText()).containsExactly(
                "The Westgate bridge cost $1.2 billion to build. [1]",
                " Mayor Elena Ruiz cut the ribbon at dawn. [2]",
                " Construction of the Westgate bridge took six years. [1]");
        assertThat(deltas).as("each delta carries the citations its markers introduce, and only those")
                .extracting(delta -> numbers(delta.path("citations"))).containsExactly(
                        List.of(1), List.of(2), List.of());
        assertThat(done.path("answerer").asText()).isEqualTo("llm");
        assertThat(done.path("answer").asText()).isEqualTo(deltas.stream()
                .map(delta -> delta.path("text").asText()).reduce("", String::concat));
        assertThat(done.path("citations")).extracting(citation -> citation.path("sentence").asText()).containsExactly(
                "Harbor City opened the Westgate suspension bridge on Monday, ending six years of construction that "
                        + "cost $1.2 billion.",
                "Mayor Elena Ruiz cut the ribbon at dawn while about 4,000 residents walked across the 1.4-kilometre "
                        + "span before it opened to cars.");
        List<JsonNode> streamed = new ArrayList<>();
        deltas.forEach(delta -> delta.path("citations").forEach(streamed::add));
        assertThat(streamed).as("the streamed citations are the final ones, same numbers, same JSON")
                .containsExactlyElementsOf(done.path("citations"));
        String everything = String.join("\n", received);
        assertThat(everything).doesNotContain("finest", "evil.example", "[9]");
    }

    @Test
    void aVerifiedDirectAnswerIsTheFirstEventAfterTheSourcesAndLeadsTheJson() throws Exception {
        String base = serve(request -> {
            int n = passageWith(request, "$1.2 billion");
            return new FakeLlmServer.Text("Answer: $1.2 billion [" + n + "]\n\nThe Westgate bridge cost $1.2 "
                    + "billion to build [" + n + "]. Construction took six years [" + n + "].");
        }, "10s", Limits.DEFAULTS);

        HttpResponse<String> streamed = http.send(post(base, "/api/ask/stream"), HttpResponse.BodyHandlers.ofString());
        List<String> lines = streamed.body().lines().toList();
        assertThat(lines.stream().filter(line -> line.startsWith("event: ")).toList()).containsExactly(
                "event: sources", "event: direct", "event: delta", "event: delta", "event: delta", "event: done");
        JsonNode direct = events(lines, "direct").get(0);
        assertThat(direct.path("direct")).singleElement().satisfies(part -> {
            assertThat(part.path("text").asText()).isEqualTo("$1.2 billion");
            assertThat(part.path("n").asInt()).isEqualTo(1);
        });
        assertThat(numbers(direct.path("citations"))).containsExactly(1);
        JsonNode cited = direct.path("citations").get(0);
        JsonNode part = direct.path("direct").get(0);
        assertThat(cited.path("sentence").asText().substring(part.path("start").asInt(), part.path("end").asInt()))
                .isEqualTo("$1.2 billion");
        assertThat(events(lines, "delta")).extracting(delta -> delta.path("text").asText()).containsExactly(
                "$1.2 billion [1]", "\n\nThe Westgate bridge cost $1.2 billion to build. [1]",
                " Construction took six years. [1]");
        JsonNode done = events(lines, "done").get(0);
        assertThat(done.path("direct")).isEqualTo(direct.path("direct"));

        JsonNode plain = JSON.readTree(http.send(post(base, "/api/ask"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(plain.path("answerer").asText()).isEqualTo("llm");
        assertThat(plain.path("direct")).isEqualTo(direct.path("direct"));
        assertThat(plain.path("answer").asText()).startsWith("$1.2 billion [1]\n\nThe Westgate bridge cost");
    }

    @Test
    void aStalledModelEndsInTheExtractiveAnswerWithinTheTimeoutPlusOneSecond() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String base = serve(request -> calls.incrementAndGet() == 1 ? answer(request)
                : new FakeLlmServer.Stall(Duration.ofSeconds(20), "Too late [1]."), "1s", Limits.DEFAULTS);
        warmUp(base);

        long started = System.nanoTime();
        HttpResponse<String> plain = http.send(post(base, "/api/ask"), HttpResponse.BodyHandlers.ofString());
        Duration plainTook = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        HttpResponse<String> streamed = http.send(post(base, "/api/ask/stream"), HttpResponse.BodyHandlers.ofString());
        Duration streamTook = Duration.ofNanos(System.nanoTime() - started);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(plain.body()).path("answerer").asText()).isEqualTo("extractive");
        assertThat(JSON.readTree(plain.body()).path("answer").asText()).contains("$1.2 billion");
        assertThat(plainTook).isLessThan(Duration.ofSeconds(2));
        JsonNode done = events(streamed.body().lines().toList(), "done").get(0);
        assertThat(done.path("answerer").asText()).isEqualTo("extractive");
        assertThat(streamTook).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void whenEveryAnsweringSlotWaitsForTheModelTheNextQuestionGets503WithRetryAfter() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        String base = serve(request -> {
            if (calls.incrementAndGet() == 1) {
                return answer(request);
            }
            inside.countDown();
            return new FakeLlmServer.Stall(Duration.ofSeconds(20), "Too late [1].");
        }, "2s", Limits.DEFAULTS.withAnswering(1, 0, Duration.ofMillis(100)));
        warmUp(base);

        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(post(base, "/api/ask"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> refused = http.send(post(base, "/api/ask/stream"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(refused.body()).path("error").path("code").asText()).isEqualTo("overloaded");
        HttpResponse<String> answered = first.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(JSON.readTree(answered.body()).path("answerer").asText()).isEqualTo("extractive");
    }

    /** Starts the model server and Newsdesk's web app over the test corpus; returns the app's base address. */
    private String serve(Function<FakeLlmServer.Request, FakeLlmServer.Reply> script, String timeout, Limits limits) {
        FakeLlmServer model = FakeLlmServer.start(FakeLlmServer.Protocol.OPENAI, script);
        open.add(model);
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, data, Map.of(
                "NEWSDESK_LLM_PROVIDER", "openai",
                "NEWSDESK_LLM_BASE_URL", model.baseUrl(),
                "NEWSDESK_LLM_MODEL", "test-model",
                "NEWSDESK_LLM_TIMEOUT", timeout)), new HashingEmbedder(), Clock.systemUTC());
        open.add(desk);
        desk.ingestSeeds(Ingestor.Progress.NONE);
        Javalin app = WebApp.create(desk.qa(), WebSettings.DEFAULTS.withLimits(
                limits.withRate(0, 1).withConversationTurnsPerMinute(0))).start(0);
        open.add(app::stop);
        return "http://127.0.0.1:" + app.port();
    }

    /** One question the model answers, so that the timed requests don't pay for the JVM's first use of each part. */
    private void warmUp(String base) throws Exception {
        HttpResponse<String> response = http.send(post(base, "/api/ask"), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(response.body()).path("answerer").asText()).isEqualTo("llm");
    }

    private static FakeLlmServer.Reply answer(FakeLlmServer.Request request) {
        return new FakeLlmServer.Text("The Westgate bridge cost $1.2 billion to build ["
                + passageWith(request, "$1.2 billion") + "].");
    }

    private static HttpRequest post(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUESTION)).build();
    }

    /** The number of the passage in the prompt whose text contains {@code text}. */
    private static int passageWith(FakeLlmServer.Request request, String text) {
        Matcher passages = PASSAGE.matcher(request.user());
        while (passages.find()) {
            if (passages.group(2).contains(text)) {
                return Integer.parseInt(passages.group(1));
            }
        }
        throw new AssertionError("no passage contains " + text + ": " + request.user());
    }

    private static List<Integer> numbers(JsonNode citations) {
        List<Integer> numbers = new ArrayList<>();
        citations.forEach(citation -> numbers.add(citation.path("n").asInt()));
        return numbers;
    }

    /** The data of every event named {@code name}, parsed from the lines of an event stream. */
    private static List<JsonNode> events(List<String> lines, String name) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equals("event: " + name) && lines.get(i + 1).startsWith("data:")) {
                events.add(JSON.readTree(lines.get(i + 1).substring(5).strip()));
            }
        }
        return events;
    }
}
