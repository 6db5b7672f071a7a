package newsdesk.answer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;

/**
 * Calls the language model with the guards every call needs: at most {@code maxConcurrent} calls at once (a call
 * beyond the cap is refused at once, never queued), a deadline of {@code timeout} per call that returns control to
 * the caller even when the server stalls, and a circuit breaker that opens when at least half of the last
 * {@code breakerCalls} calls failed, refuses calls for {@code breakerOpenFor} (measured on the given {@link Clock}),
 * then lets one trial call through. Failures, timeouts and empty replies count against the breaker; refusals don't.
 * The cap and the breaker are {@link LlmCallGuard}'s; a streaming call's events are {@link LlmStream}'s.
 *
 * <p>Every refusal or failure surfaces as {@link LlmCallException}, so callers always have a fallback path.
 */
public final class LlmClient implements AutoCloseable {

    private final ChatModels models;
    private final Duration timeout;
    private final LlmCallGuard guard;
    private final ThreadPoolExecutor executor;

    public LlmClient(ChatModels models, LlmSettings settings, Clock clock) {
        this.models = Objects.requireNonNull(models, "models");
        this.timeout = settings.timeout();
        this.guard = new LlmCallGuard(settings, clock);
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, 2 * settings.maxConcurrent(), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "llm-call-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Builds the client for configured settings (provider not NONE). */
    public static LlmClient create(LlmSettings settings, Clock clock) {
        return new LlmClient(ChatModels.from(settings), settings, clock);
    }

    /** The circuit breaker's state: CLOSED, OPEN or HALF_OPEN. */
    public String state() {
        return guard.state();
    }

    /**
     * A reply: its text, never blank, and whether the model said it finished. A reply cut short (token limit,
     * content filter, or a stream that ended without a finish reason) may end in a partial sentence.
     */
    record Reply(String text, boolean complete) {
    }

    /** One blocking call. */
    Reply complete(List<ChatMessage> messages) throws LlmCallException {
        guard.admit();
        long started = System.nanoTime();
        try {
            Future<ChatResponse> call;
            try {
                call = executor.submit(() -> models.chat().chat(ChatRequest.builder().messages(messages).build()));
            } catch (RejectedExecutionException e) {
                guard.abandon();
                throw new LlmCallException(LlmCallException.Reason.BUSY, "no thread free for a model call", e);
            }
            try {
                ChatResponse response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                FinishReason reason = response.finishReason();
                return new Reply(guard.succeeded(started, text),
                        reason != FinishReason.LENGTH && reason != FinishReason.CONTENT_FILTER);
            } catch (TimeoutException e) {
                call.cancel(true);
                throw guard.failed(started, LlmCallException.Reason.TIMEOUT, "no reply within " + timeout, e);
            } catch (ExecutionException e) {
                throw guard.failed(started, LlmCallException.Reason.FAILED, describe(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                guard.abandon();
                throw new LlmCallException(LlmCallException.Reason.FAILED, "interrupted", e);
            }
        } finally {
            guard.release();
        }
    }

    /**
     * One streaming call: {@code onToken} receives each piece of the reply, on the calling thread, in order, and
     * never after this method returns. A stream whose end carries no finish reason counts as cut short.
     */
    Reply stream(List<ChatMessage> messages, Consumer<String> onToken) throws LlmCallException {
        guard.admit();
        long started = System.nanoTime();
        LlmStream stream = new LlmStream();
        try {
            try {
                models.streaming().chat(ChatRequest.builder().messages(messages).build(), stream);
            } catch (RuntimeException e) {
                throw guard.failed(started, LlmCallException.Reason.FAILED, describe(e), e);
            }
            long deadline = started + timeout.toNanos();
            StringBuilder text = new StringBuilder();
            while (true) {
                Object event = stream.next(deadline - System.nanoTime());
                if (event == null) {
                    stream.cancel();
                    throw guard.failed(started, LlmCallException.Reason.TIMEOUT,
                            "reply not finished within " + timeout, null);
                } else if (event instanceof String token) {
                    text.append(token);
                    deliver(onToken, token, stream);
                } else if (event instanceof ChatResponse response) {
                    if (text.isEmpty() && response.aiMessage() != null && response.aiMessage().text() != null) {
                        text.append(response.aiMessage().text());
                        deliver(onToken, response.aiMessage().text(), stream);
                    }
                    return new Reply(guard.succeeded(started, text.toString()),
                            response.finishReason() == FinishReason.STOP
                                    || response.finishReason() == FinishReason.OTHER);
                } else {
                    Throwable error = (Throwable) event;
                    throw guard.failed(started, LlmCallException.Reason.FAILED, describe(error), error);
                }
            }
        } catch (InterruptedException e) {
            stream.cancel();
            Thread.currentThread().interrupt();
            guard.abandon();
            throw new LlmCallException(LlmCallException.Reason.FAILED, "interrupted", e);
        } finally {
            guard.release();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void deliver(Consumer<String> onToken, String token, LlmStream stream) {
        try {
            onToken.accept(token);
        } catch (RuntimeException e) {
            stream.cancel();
            guard.abandon();
            throw e;
        }
    }

    private static String describe(Throwable error) {
        return error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
