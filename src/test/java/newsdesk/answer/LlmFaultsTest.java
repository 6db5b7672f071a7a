package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.CLOCK;
import static newsdesk.answer.LlmFixtures.QUESTION;
import static newsdesk.answer.LlmFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.answer.FakeLlmServer.Protocol;
import newsdesk.answer.FakeLlmServer.Reply;
import newsdesk.answer.LlmFixtures.Fallback;
import newsdesk.answer.LlmFixtures.Recorder;

/**
 * Every way the model server can fail ends in the extractive answer within the timeout plus one second, whichever
 * protocol and whether streaming or not, and nothing unverified reaches the listener.
 */
class LlmFaultsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration LONG = Duration.ofSeconds(10);

    static Stream<Arguments> faults() {
        Map<String, Reply> faults = Map.of(
                "HTTP 500", new FakeLlmServer.Status(500, Map.of(), "{\"error\":{\"message\":\"boom\"}}"),
                "429 with Retry-After", new FakeLlmServer.Status(429, Map.of("Retry-After", "30"),
                        "{\"error\":{\"message\":\"rate limited\",\"type\":\"rate_limit_exceeded\"}}"),
                "no reply before the timeout", new FakeLlmServer.Stall(LONG, "Too late [1]."),
                "stall in the middle of the reply",
                        new FakeLlmServer.StallMidStream("Kim Jong Un arrived in Beijing on Tuesday", LONG),
                "truncated reply", new FakeLlmServer.Truncated("Kim Jong Un arrived in Beijing on Tues"),
                "malformed JSON", new FakeLlmServer.Malformed(),
                "reply ends early", new FakeLlmServer.EndsEarly("Kim Jong Un arrived in Beijing on Tuesday [1] and"),
                "empty reply", new FakeLlmServer.Text(""));
        List<Arguments> arguments = new ArrayList<>();
        for (Protocol protocol : Protocol.values()) {
            for (boolean streaming : new boolean[] {false, true}) {
                arguments.add(Arguments.of("connection refused", protocol, streaming, null));
                faults.forEach((name, reply) -> arguments.add(Arguments.of(name, protocol, streaming, reply)));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}, {1} stream={2}")
    @MethodSource("faults")
    void fallsBackToTheExtractiveAnswerInTime(String fault, Protocol protocol, boolean streaming, Reply reply)
            throws IOException {
        Fallback fallback = new Fallback();
        Recorder recorder = new Recorder();
        try (FakeLlmServer server = FakeLlmServer.start(protocol, request -> reply)) {
            String baseUrl = reply == null ? refusedBaseUrl(server) : server.baseUrl();
            LlmSettings settings = LlmFixtures.settings(
                    protocol == Protocol.OPENAI ? LlmSettings.Provider.OPENAI : LlmSettings.Provider.OLLAMA,
                    baseUrl, TIMEOUT);
            try (LlmClient client = LlmClient.create(settings, CLOCK)) {
                LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, fallback);

                long started = System.nanoTime();
                Answer answer = answerer.answer(QUESTION, evidence(), streaming ? recorder : AnswerListener.NONE);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(answer.answerer()).as("%s, %s stream=%s", fault, protocol, streaming)
                        .isEqualTo("extractive");
                assertThat(fallback.calls).hasValue(1);
                assertThat(took).isLessThan(TIMEOUT.plusSeconds(1));
                assertThat(recorder.text()).isEqualTo(streaming ? answer.text() : "");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Protocol.class)
    void keepsTheVerifiedSentencesAlreadyStreamedWhenTheStreamStalls(Protocol protocol) {
        Fallback fallback = new Fallback();
        Recorder recorder = new Recorder();
        Reply stall = new FakeLlmServer.StallMidStream(
                "Kim Jong Un arrived in Beijing on Tuesday [1]. He will attend a military parade with", LONG);
        try (FakeLlmServer server = FakeLlmServer.start(protocol, request -> stall);
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, TIMEOUT), CLOCK)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, fallback);

            long started = System.nanoTime();
            Answer answer = answerer.answer(QUESTION, evidence(), recorder);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer.answerer()).isEqualTo("llm");
            assertThat(answer.text()).isEqualTo("Kim Jong Un arrived in Beijing on Tuesday. [1]");
            assertThat(recorder.text()).isEqualTo(answer.text());
            assertThat(fallback.calls).hasValue(0);
            assertThat(took).isLessThan(TIMEOUT.plusSeconds(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Protocol.class)
    void aStreamThatResumesAfterTheDeadlineIsCancelledAtItsFirstPiece(Protocol protocol) throws Exception {
        AtomicInteger written = new AtomicInteger();
        CountDownLatch over = new CountDownLatch(1);
        int pieces = 200;
        Reply late = new FakeLlmServer.LateStream(TIMEOUT.plusMillis(500), pieces, written, over);
        try (FakeLlmServer server = FakeLlmServer.start(protocol, request -> late);
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, TIMEOUT), CLOCK)) {
            Answer answer = new LlmAnswerer(client, LlmFixtures.prompts(), CLOCK, new Fallback())
                    .answer(QUESTION, evidence(), new Recorder());
            assertThat(answer.answerer()).isEqualTo("extractive");

            assertThat(over.await(10, TimeUnit.SECONDS)).as("the server saw the client hang up").isTrue();
            assertThat(written.get()).as("pieces written before the abandoned stream was cut").isLessThan(pieces);
        }
    }

    private static String refusedBaseUrl(FakeLlmServer server) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return server.baseUrl().replaceFirst(":\\d+", ":" + port);
    }
}
