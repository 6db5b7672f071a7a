package newsdesk.feedback;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import newsdesk.error.RefusedException;
import newsdesk.answer.Answer;

/**
 * Readers' feedback as every surface uses it (through {@link newsdesk.qa.QaService}): gives each answer an id from the
 * injected id source and remembers it ({@link AnswerMemory}), then records a rating of a remembered answer in the
 * {@link FeedbackStore} with the question, answer, citations and the settings that made it. Counts ratings since
 * start for {@code /metrics}.
 */
public final class FeedbackService {

    /** What a surface sends: the answer's id, 👍/👎, an optional comment and correction, and the surface's name. */
    public record Request(String answerId, Rating rating, String comment, String correction, String surface) {
    }

    /** Answer ids are UUIDs; anything much longer is not one. */
    public static final int MAX_ANSWER_ID_CHARS = 100;

    private final Supplier<String> ids;
    private final AnswerMemory recent;
    private final FeedbackStore store;
    private final Map<String, String> settings;
    private final Clock clock;
    private final Map<Rating, AtomicLong> counts = new EnumMap<>(Rating.class);

    /** {@code settings}: what made the answers besides the answerer. */
    public FeedbackService(Supplier<String> ids, AnswerMemory recent, FeedbackStore store, AnswerSettings settings,
                           Clock clock) {
        this.ids = ids;
        this.recent = recent;
        this.store = store;
        this.settings = settings.asMap();
        this.clock = clock;
        for (Rating rating : Rating.values()) {
            counts.put(rating, new AtomicLong());
        }
    }

    /** The answer with a fresh id, remembered (with the questions asked before it) so that it can be rated. */
    public Answer remember(String question, List<String> earlier, Answer answer) {
        Answer identified = answer.withId(ids.get());
        recent.put(AnswerRecord.of(question, earlier, identified, settings, clock.instant()));
        return identified;
    }

    /** Records a rating once it is durable; unknown or expired answer ids are {@code NOT_FOUND}. */
    public Feedback record(Request request) {
        String id = request.answerId();
        if (id == null || id.isBlank() || id.length() > MAX_ANSWER_ID_CHARS) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid_answer_id", "answerId must be the id of an "
                    + "answer (at most " + MAX_ANSWER_ID_CHARS + " characters)");
        }
        AnswerRecord answer = recent.get(id.strip()).orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND,
                "answer_not_found", "no recent answer with id '" + id.strip() + "' (it may have expired)"));
        Feedback feedback = new Feedback(clock.instant(), request.rating(), request.comment(), request.correction(),
                request.surface(), answer);
        store.append(feedback);
        counts.get(feedback.rating()).incrementAndGet();
        return feedback;
    }

    /** Every stored rating, oldest first. */
    public List<Feedback> export() {
        return store.all();
    }

    /** Ratings recorded by this process since it started. */
    public long count(Rating rating) {
        return counts.get(rating).get();
    }
}
