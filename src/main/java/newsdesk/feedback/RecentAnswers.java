package newsdesk.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers a rating may still refer to: at most {@code maxAnswers}, each for {@code lifetime} after it was given
 * (the oldest goes first when full). Thread-safe.
 */
public final class RecentAnswers implements AnswerMemory {

    public static final int DEFAULT_MAX_ANSWERS = 10_000;
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    private final Clock clock;
    private final int maxAnswers;
    private final Duration lifetime;
    private final LinkedHashMap<String, AnswerRecord> answers = new LinkedHashMap<>();

    public RecentAnswers(Clock clock, int maxAnswers, Duration lifetime) {
        if (maxAnswers < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("maxAnswers and lifetime must be positive");
        }
        this.clock = Objects.requireNonNull(clock);
        this.maxAnswers = maxAnswers;
        this.lifetime = lifetime;
    }

    @Override
    public synchronized void put(AnswerRecord answer) {
        expire();
        answers.put(answer.answerId(), answer);
        while (answers.size() > maxAnswers) {
            Iterator<String> oldest = answers.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    @Override
    public synchronized Optional<AnswerRecord> get(String answerId) {
        expire();
        return Optional.ofNullable(answerId == null ? null : answers.get(answerId));
    }

    public synchronized int size() {
        expire();
        return answers.size();
    }

    /** Entries are in the order they were given, so expired ones are at the front. */
    private void expire() {
        var cutoff = clock.instant().minus(lifetime);
        for (Iterator<Map.Entry<String, AnswerRecord>> it = answers.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().askedAt().isAfter(cutoff)) {
                return;
            }
            it.remove();
        }
    }
}
