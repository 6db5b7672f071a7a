package newsdesk.answer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * Calls the language model with the guards every call needs: at most {@code maxConcurrent} calls at once (a call
 * beyond the cap is refused at once, never queued), a deadline of {@code timeout} per call that returns control to
 * the caller even when the server stalls, and a circuit breaker that opens when at least half of the last
 * {@code breakerCalls} calls failed, refuses calls for {@code breakerOpenFor} (measured on the given {@link Clock}),
 * then lets one trial call through. Failures, timeouts and empty replies count against the breaker; refusals don't.
 *
 * <p>Every refusal or failure surfaces as {@link LlmCallException}, so callers always have a fallback path.
 */
public final class LlmClient implements AutoCloseable {

    private final ChatModels models;
    private final Duration timeout;
    private final Semaphore permits;
    private final CircuitBreaker breaker;
    private final ThreadPoolExecutor executor;

    public LlmClient(ChatModels models, LlmSettings settings, Clock clock) {
        this.models = Objects.requireNonNull(models, "models");
        this.timeout = settings.timeout();
        this.permits = new Semaphore(settings.maxConcurrent());
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindow(settings.breakerCalls(), settings.breakerCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .writableStackTraceEnabled(false)
                .build());
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
        return breaker.getState().name();
    }

    /**
     * A reply: its text, never blank, and whether the model said it finished. A reply cut short (token limit,
     * content filter, or a stream that ended without a finish reason) may end in a partial sentence.
     */
    record Reply(String text, boolean complete) {
    }

    /** One blocking call. */
    Reply complete(List<ChatMessage> messages) throws LlmCallException {
        admit();
        long started = System.nanoTime();
        try {
            Future<ChatResponse> call;
            try {
                call = executor.submit(() -> models.chat().chat(ChatRequest.builder().messages(messages).build()));
            } catch (RejectedExecutionException e) {
                breaker.releasePermission();
                throw new LlmCallException(LlmCallException.Reason.BUSY, "no thread free for a model call", e);
            }
            try {
                ChatResponse response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                FinishReason reason = response.finishReason();
                return succeeded(started, text, reason != FinishReason.LENGTH && reason != FinishReason.CONTENT_FILTER);
            } catch (TimeoutException e) {
                call.cancel(true);
                throw failed(started, LlmCallException.Reason.TIMEOUT, "no reply within " + timeout, e);
            } catch (ExecutionException e) {
                throw failed(started, LlmCallException.Reason.FAILED, describe(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                breaker.releasePermission();
                throw new LlmCallException(LlmCallException.Reason.FAILED, "interrupted", e);
            }
        } finally {
            permits.release();
        }
    }

    /**
     * One streaming call: {@code onToken} receives each piece of the reply, on the calling thread, in order, and
     * never after this method returns. A stream whose end carries no finish reason counts as cut short.
     */
    Reply stream(List<ChatMessage> messages, Consumer<String> onToken) throws LlmCallException {
        admit();
        long started = System.nanoTime();
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        StreamControl handle = new StreamControl();
        try {
            try {
                models.streaming().chat(ChatRequest.builder().messages(messages).build(), new Handler(events, handle));
            } catch (RuntimeException e) {
                throw failed(started, LlmCallException.Reason.FAILED, describe(e), e);
            }
            long deadline = started + timeout.toNanos();
            StringBuilder text = new StringBuilder();
            while (true) {
                Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    cancel(handle);
                    throw failed(started, LlmCallException.Reason.TIMEOUT, "reply not finished within " + timeout,
                            null);
                } else if (event instanceof String token) {
                    text.append(token);
                    deliver(onToken, token, handle);
                } else if (event instanceof ChatResponse response) {
                    if (text.isEmpty() && response.aiMessage() != null && response.aiMessage().text() != null) {
                        text.append(response.aiMessage().text());
                        deliver(onToken, response.aiMessage().text(), handle);
                    }
                    return succeeded(started, text.toString(), response.finishReason() == FinishReason.STOP
                            || response.finishReason() == FinishReason.OTHER);
                } else {
                    Throwable error = (Throwable) event;
                    throw failed(started, LlmCallException.Reason.FAILED, describe(error), error);
                }
            }
        } catch (InterruptedException e) {
            cancel(handle);
            Thread.currentThread().interrupt();
            breaker.releasePermission();
            throw new LlmCallException(LlmCallException.Reason.FAILED, "interrupted", e);
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void admit() throws LlmCallException {
        if (!permits.tryAcquire()) {
            throw new LlmCallException(LlmCallException.Reason.BUSY, "all model call slots are busy", null);
        }
        if (!breaker.tryAcquirePermission()) {
            permits.release();
            throw new LlmCallException(LlmCallException.Reason.CIRCUIT_OPEN, "the model circuit is open", null);
        }
    }

    private void deliver(Consumer<String> onToken, String token, StreamControl handle) {
        try {
            onToken.accept(token);
        } catch (RuntimeException e) {
            cancel(handle);
            breaker.releasePermission();
            throw e;
        }
    }

    private Reply succeeded(long started, String text, boolean complete) throws LlmCallException {
        if (text == null || text.isBlank()) {
            throw failed(started, LlmCallException.Reason.EMPTY, "the model replied with no text", null);
        }
        breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return new Reply(text, complete);
    }

    private LlmCallException failed(long started, LlmCallException.Reason reason, String message, Throwable cause) {
        breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS,
                cause != null ? cause : new IllegalStateException(message));
        return new LlmCallException(reason, message, cause);
    }

    private static void cancel(StreamControl handle) {
        handle.cancel();
    }

    private static String describe(Throwable error) {
        return error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /**
     * The way to stop one stream. langchain4j hands out a stream's handle only with its first piece, so a stream
     * abandoned before that (deadline passed, caller gone) is cancelled when its first piece arrives, instead of
     * running on unread until the server ends it.
     */
    private static final class StreamControl {

        private StreamingHandle handle;
        private boolean abandoned;

        synchronized void attach(StreamingHandle streamingHandle) {
            if (handle == null && streamingHandle != null) {
                handle = streamingHandle;
                if (abandoned) {
                    stop(handle);
                }
            }
        }

        synchronized void cancel() {
            abandoned = true;
            if (handle != null) {
                stop(handle);
            }
        }

        synchronized boolean abandoned() {
            return abandoned;
        }

        private static void stop(StreamingHandle handle) {
            if (!handle.isCancelled()) {
                try {
                    handle.cancel();
                } catch (RuntimeException ignored) {
                    // Cancelling is best effort: the deadline has already returned control to the caller.
                }
            }
        }
    }

    /** Turns langchain4j's callbacks into queue events consumed on the calling thread. */
    private record Handler(BlockingQueue<Object> events, StreamControl handle)
            implements StreamingChatResponseHandler {

        @Override
        public void onPartialResponse(String partialResponse) {
            if (partialResponse != null && !partialResponse.isEmpty() && !handle.abandoned()) {
                events.add(partialResponse);
            }
        }

        @Override
        public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
            handle.attach(context.streamingHandle());
            onPartialResponse(partialResponse.text());
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            events.add(completeResponse);
        }

        @Override
        public void onError(Throwable error) {
            events.add(error == null ? new IllegalStateException("stream failed") : error);
        }
    }
}
