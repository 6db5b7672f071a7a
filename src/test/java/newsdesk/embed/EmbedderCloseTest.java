package newsdesk.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Closing the real MiniLM embedder while other threads are embedding (what a SIGTERM during ingestion does) waits for
 * the work in progress and makes later calls fail cleanly; freeing the native session under a running embedding used
 * to crash the whole JVM (SIGSEGV in libonnxruntime), which would end this test run.
 */
class EmbedderCloseTest {

    @Test
    void closingUnderLoadNeverCrashesAndLaterCallsFailCleanly() throws Exception {
        MiniLmEmbedder embedder = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, 1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            texts.add("Sentence number " + i + " about the council budget, the harbour dredge and the tram line.");
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);
        CountDownLatch started = new CountDownLatch(3);
        CountDownLatch working = new CountDownLatch(3);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int worker = t;
            workers.add(threads.submit(() -> {
                started.countDown();
                try {
                    for (int round = 0; round < 1000; round++) {
                        if (worker == 0) {
                            embedder.embedAll(texts);
                        } else {
                            embedder.embed(texts.get(round % texts.size()));
                            embedder.countTokens(texts.get(round % texts.size()));
                        }
                        if (round == 0) {
                            working.countDown(); // in the loop, with hundreds of calls still to make
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(working.await(60, TimeUnit.SECONDS)).as("every worker has embedded once").isTrue();

        embedder.close();
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(failures).isNotEmpty().allSatisfy(e -> assertThat(e)
                .isInstanceOf(IllegalStateException.class).hasMessage("the embedding model is closed"));
        assertThatThrownBy(() -> embedder.embed("after close")).hasMessage("the embedding model is closed");
        embedder.close(); // twice is fine
    }
}
