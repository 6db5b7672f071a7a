package newsdesk.answer;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;

/**
 * One streaming model call seen from the calling thread: langchain4j's callbacks become events (a {@code String}
 * piece, the final {@link ChatResponse}, or a {@link Throwable}) taken with {@link #next}, and {@link #cancel()} stops
 * the stream. langchain4j hands out a stream's handle only with its first piece, so a stream abandoned before that
 * (deadline passed, caller gone) is cancelled when its first piece arrives, instead of running on unread until the
 * server ends it; pieces arriving after cancelling are dropped.
 */
final class LlmStream implements StreamingChatResponseHandler {

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private StreamingHandle handle;
    private boolean abandoned;

    /** The next event, waiting at most {@code nanos}; null when none came in time. */
    Object next(long nanos) throws InterruptedException {
        return events.poll(nanos, TimeUnit.NANOSECONDS);
    }

    /** Stops the stream now, or when its handle arrives. */
    synchronized void cancel() {
        abandoned = true;
        if (handle != null) {
            stop(handle);
        }
    }

    @Override
    public void onPartialResponse(String partialResponse) {
        if (partialResponse != null && !partialResponse.isEmpty() && !abandoned()) {
            events.add(partialResponse);
        }
    }

    @Override
    public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
        attach(context.streamingHandle());
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

    private synchronized void attach(StreamingHandle streamingHandle) {
        if (handle == null && streamingHandle != null) {
            handle = streamingHandle;
            if (abandoned) {
                stop(handle);
            }
        }
    }

    private synchronized boolean abandoned() {
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
