package newsdesk.answer;

import static newsdesk.answer.LlmFixtures.QUESTION;
import static newsdesk.answer.LlmFixtures.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import newsdesk.answer.FakeLlmServer.Protocol;
import newsdesk.testing.MutableClock;
import newsdesk.answer.LlmFixtures.Fallback;

/** The circuit breaker and the cap on concurrent calls, against a loopback OpenAI-compatible server. */
class LlmResilienceTest {

    private static final String GOOD = "Kim Jong Un arrived in Beijing on Tuesday [1].";

    private final Fallback fallback = new Fallback();

    @Test
    void circuitOpensAfterRepeatedFailuresAndClosesAfterASuccessfulTrial() {
        AtomicBoolean healthy = new AtomicBoolean(false);
        MutableClock clock = new MutableClock(Instant.parse("2025-09-03T09:00:00Z"));
        try (FakeLlmServer server = FakeLlmServer.start(Protocol.OPENAI, request -> healthy.get()
                ? new FakeLlmServer.Text(GOOD) : new FakeLlmServer.Status(500, Map.of(), "{}"));
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(2)), clock)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), clock, fallback);

            for (int i = 0; i < 3; i++) {
                assertThat(answerer.answer(QUESTION, evidence(), AnswerListener.NONE).answerer())
                        .isEqualTo("extractive");
            }
            assertThat(client.state()).isEqualTo("OPEN");
            assertThat(server.requests()).hasSize(3);

            healthy.set(true);
            assertThat(answerer.answer(QUESTION, evidence(), AnswerListener.NONE).answerer())
                    .isEqualTo("extractive");
            assertThat(server.requests()).as("no call while the circuit is open").hasSize(3);

            clock.advance(LlmSettings.DEFAULT_BREAKER_OPEN_FOR.plusSeconds(1));
            Answer trial = answerer.answer(QUESTION, evidence(), AnswerListener.NONE);
            assertThat(trial.answerer()).isEqualTo("llm");
            assertThat(server.requests()).hasSize(4);
            assertThat(client.state()).isEqualTo("CLOSED");
            assertThat(answerer.answer(QUESTION, evidence(), AnswerListener.NONE).answerer()).isEqualTo("llm");
        }
    }

    @Test
    void aFailedTrialOpensTheCircuitAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2025-09-03T09:00:00Z"));
        try (FakeLlmServer server = FakeLlmServer.start(Protocol.OLLAMA,
                request -> new FakeLlmServer.Status(503, Map.of(), "{\"error\":\"overloaded\"}"));
             LlmClient client = LlmClient.create(LlmFixtures.settings(server, Duration.ofSeconds(2)), clock)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), clock, fallback);
            for (int i = 0; i < 3; i++) {
                answerer.answer(QUESTION, evidence(), new LlmFixtures.Recorder());
            }
            assertThat(client.state()).isEqualTo("OPEN");

            clock.advance(LlmSettings.DEFAULT_BREAKER_OPEN_FOR.plusSeconds(1));
            assertThat(answerer.answer(QUESTION, evidence(), AnswerListener.NONE).answerer())
                    .isEqualTo("extractive");

            assertThat(server.requests()).hasSize(4);
            assertThat(client.state()).isEqualTo("OPEN");
        }
    }

    @Test
    void aCallBeyondTheCapFallsBackAtOnceInsteadOfQueueing() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FakeLlmServer server = FakeLlmServer.start(Protocol.OPENAI, request -> {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new FakeLlmServer.Text(GOOD);
            });
             LlmClient client = new LlmClient(ChatModels.from(LlmFixtures.settings(server, Duration.ofSeconds(10))),
                     withMaxConcurrent(LlmFixtures.settings(server, Duration.ofSeconds(10)), 1),
                     LlmFixtures.CLOCK)) {
            LlmAnswerer answerer = new LlmAnswerer(client, LlmFixtures.prompts(), LlmFixtures.CLOCK, fallback);
            CompletableFuture<Answer> first = CompletableFuture.supplyAsync(
                    () -> answerer.answer(QUESTION, evidence(), AnswerListener.NONE));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            Answer second = answerer.answer(QUESTION, evidence(), AnswerListener.NONE);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(second.answerer()).isEqualTo("extractive");
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).answerer()).isEqualTo("llm");
            assertThat(client.state()).as("refusals don't count as failures").isEqualTo("CLOSED");
            assertThat(answerer.answer(QUESTION, evidence(), AnswerListener.NONE).answerer()).isEqualTo("llm");
        }
    }

    private static LlmSettings withMaxConcurrent(LlmSettings s, int maxConcurrent) {
        return new LlmSettings(s.provider(), s.baseUrl(), s.model(), s.apiKey(), s.timeout(), maxConcurrent,
                s.maxTokens(), s.temperature(), s.breakerCalls(), s.breakerOpenFor(), s.promptsDir());
    }
}
