package newsdesk.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.http.Handler;

/**
 * Bounded answering: at most {@code concurrent} answers run at once, at most {@code queue} more requests wait (each no
 * longer than {@code maxWait}) for a turn, first come first served, and anything beyond is refused at once with 503
 * and {@code Retry-After}. (How many answers compute at once is bounded further down, where the CPU work is: see
 * {@code PassageSearch}; an answer waiting on a remote model holds a slot here but no core.)
 * Requests wait on their own request thread, so the threads busy with answering never exceed
 * {@code concurrent + queue}, and the rest of the pool stays free for {@code /health} and refusals.
 */
final class AnswerSlots {

    static final long RETRY_AFTER_SECONDS = 2;

    private final Semaphore running;
    private final int concurrent;
    private final int queue;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    AnswerSlots(int concurrent, int queue, Duration maxWait) {
        this.running = new Semaphore(concurrent, true);
        this.concurrent = concurrent;
        this.queue = queue;
        this.maxWait = maxWait;
    }

    /** {@code handler} run inside a slot. */
    Handler guard(Handler handler) {
        return ctx -> {
            acquire();
            try {
                handler.handle(ctx);
            } finally {
                running.release();
            }
        };
    }

    /** Answers running now. */
    int running() {
        return concurrent - running.availablePermits();
    }

    /** Requests waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    private void acquire() {
        if (waiting.get() == 0 && running.tryAcquire()) { // nobody queued: no need to count this one as waiting
            return;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw overloaded("every answering slot is busy and the queue is full");
        }
        boolean interrupted = false;
        boolean acquired = false;
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            // A request already queued keeps its place through a graceful stop (which interrupts waiting threads):
            // it is answered, not dropped, within the same wait limit (the stop's own timeout still bounds it).
            // The timed tryAcquire keeps the fair semaphore's first-come-first-served order (the untimed one barges).
            while (true) {
                long left = deadline - System.nanoTime();
                try {
                    if (running.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                        acquired = true;
                        return;
                    }
                    throw overloaded("no answering slot became free in " + maxWait.toSeconds() + " s");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            waiting.decrementAndGet();
            if (interrupted && !acquired) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Refusal overloaded(String why) {
        return new Refusal(503, "overloaded", "Newsdesk is answering as many questions as it can (" + why
                + "); try again in a moment", RETRY_AFTER_SECONDS);
    }
}
