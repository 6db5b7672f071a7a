package newsdesk.slack;

import newsdesk.QaException;
import newsdesk.feedback.Rating;

/** What the Slack surface needs from {@link newsdesk.QaService} for readers' feedback: rate one answer by its id. */
@FunctionalInterface
interface Rater {

    /** Refuses every rating: for wirings without feedback. */
    Rater NONE = (answerId, rating) -> {
        throw new QaException(QaException.Kind.UNAVAILABLE, "feedback_disabled", "feedback is not kept here");
    };

    /** Throws {@link QaException} like {@code QaService.feedback} (unknown or expired answer: {@code NOT_FOUND}). */
    void rate(String answerId, Rating rating);
}
