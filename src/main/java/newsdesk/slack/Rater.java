package newsdesk.slack;

import newsdesk.error.RefusedException;
import newsdesk.feedback.Rating;

/**
 * What the chat surfaces need from {@link newsdesk.qa.QaService} for readers' feedback: rate one answer by its id,
 * with an optional comment ({@code null}: none), from a surface ("slack", "mattermost").
 */
@FunctionalInterface
interface Rater {

    /** Refuses every rating: for wirings without feedback. */
    Rater NONE = (answerId, rating, comment, surface) -> {
        throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "feedback_disabled", "feedback is not kept here");
    };

    /** Throws {@link RefusedException} like {@code QaService.feedback} (unknown or expired answer: {@code NOT_FOUND}). */
    void rate(String answerId, Rating rating, String comment, String surface);
}
