package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.javalin.http.Handler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bounded answering with held slots: who runs, who waits, who is refused at once. */
class AnswerSlotsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void runsUpToTheLimitQueuesUpToTheQueueAndRefusesTheRest() throws Exception {
        AnswerSlots slots = new AnswerSlots(2, 3, Duration.ofSeconds(30));
        Handler held = slots.guard(ctx -> release.await());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            running.add(threads.submit(() -> {
                held.handle(null);
                return null;
            }));
        }
        awaitUntil(() -> slots.running() == 2 && slots.waiting() == 3);

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> held.handle(null));

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.code()).isEqualTo("overloaded");
        assertThat(refusal.retryAfterSeconds()).isPositive();
        release.countDown();
        for (Future<?> f : running) {
            f.get(10, TimeUnit.SECONDS); // the queued ones ran too
        }
        assertThat(slots.running()).isZero();
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void waitingRequestsAreAnsweredInTheOrderTheyArrived() throws Exception {
        AnswerSlots slots = new AnswerSlots(1, 5, Duration.ofSeconds(30));
        CountDownLatch firstRunning = new CountDownLatch(1);
        threads.submit(() -> {
            slots.guard(ctx -> {
                firstRunning.countDown();
                release.await();
            }).handle(null);
            return null;
        });
        firstRunning.await(10, TimeUnit.SECONDS);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int arrival = i;
            queued.add(threads.submit(() -> {
                slots.guard(ctx -> order.add(arrival)).handle(null);
                return null;
            }));
            awaitUntil(() -> slots.waiting() == arrival + 1); // each arrives after the one before is queued
        }

        release.countDown();
        for (Future<?> f : queued) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(order).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aQueuedRequestGivesUpAfterTheWait() throws Exception {
        AnswerSlots slots = new AnswerSlots(1, 5, Duration.ofMillis(200));
        Handler held = slots.guard(ctx -> release.await());
        threads.submit(() -> {
            held.handle(null);
            return null;
        });
        awaitUntil(() -> slots.running() == 1);

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> slots.guard(ctx -> { }).handle(null));

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.getMessage()).contains("no answering slot became free");
        assertThat(slots.waiting()).isZero();
    }

    @Test
    void aFailingAnswerGivesItsSlotBack() {
        AnswerSlots slots = new AnswerSlots(1, 0, Duration.ZERO);
        Handler failing = slots.guard(ctx -> {
            throw new IllegalStateException("boom");
        });
        for (int i = 0; i < 3; i++) {
            catchThrowableOfType(IllegalStateException.class, () -> failing.handle(null));
        }

        assertThat(slots.running()).isZero();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
