package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingHandle;

/** langchain4j's streaming callbacks as events on the calling thread, and cancelling a stream. */
class LlmStreamTest {

    private static final long NOW = 0;
    private static final long A_WHILE = TimeUnit.SECONDS.toNanos(5);

    @Test
    void deliversPiecesTheEndAndErrorsInOrder() throws InterruptedException {
        LlmStream stream = new LlmStream();
        Handle handle = new Handle();
        ChatResponse end = ChatResponse.builder().aiMessage(AiMessage.from("Kim arrived.")).build();

        stream.onPartialResponse(new PartialResponse("Kim "), new PartialResponseContext(handle));
        stream.onPartialResponse("");
        stream.onPartialResponse((String) null);
        stream.onPartialResponse("arrived.");
        stream.onCompleteResponse(end);
        stream.onError(null);

        assertThat(stream.next(A_WHILE)).isEqualTo("Kim ");
        assertThat(stream.next(A_WHILE)).isEqualTo("arrived.");
        assertThat(stream.next(A_WHILE)).isSameAs(end);
        assertThat(stream.next(A_WHILE)).isInstanceOf(IllegalStateException.class);
        assertThat(stream.next(NOW)).isNull();
        assertThat(handle.cancels).isZero();
    }

    @Test
    void aStreamCancelledBeforeItsFirstPieceStopsWhenThePieceArrives() throws InterruptedException {
        LlmStream stream = new LlmStream();
        Handle handle = new Handle();

        stream.cancel();
        stream.onPartialResponse(new PartialResponse("Kim "), new PartialResponseContext(handle));
        stream.onPartialResponse(new PartialResponse("arrived."), new PartialResponseContext(handle));

        assertThat(handle.cancels).isEqualTo(1);
        assertThat(stream.next(NOW)).as("pieces after cancelling are dropped").isNull();
    }

    @Test
    void cancellingAfterTheFirstPieceStopsTheStreamOnce() {
        LlmStream stream = new LlmStream();
        Handle handle = new Handle();

        stream.onPartialResponse(new PartialResponse("Kim "), new PartialResponseContext(handle));
        stream.cancel();
        stream.cancel();

        assertThat(handle.cancels).isEqualTo(1);
    }

    private static final class Handle implements StreamingHandle {

        private int cancels;

        @Override
        public void cancel() {
            cancels++;
        }

        @Override
        public boolean isCancelled() {
            return cancels > 0;
        }
    }
}
