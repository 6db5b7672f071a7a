package newsdesk.answer;

import java.util.List;

import newsdesk.retrieve.Passage;

/**
 * Receives an answer as it is produced, for streaming surfaces. Calls arrive in order: {@link #onSources} once,
 * then {@link #onText} zero or more times (increments that concatenate to the final text); the final
 * {@link Answer} is the return value of the call that took the listener.
 *
 * <p>Before an increment whose markers {@code [n]} name citations not announced yet, {@link #onCitations} delivers
 * exactly those citations, so that a surface can resolve every marker of the increment as it shows it. A marker is
 * never split across increments, and citation numbers are final: the announced citations are the ones the final
 * {@link Answer} lists under the same numbers.
 *
 * <p>When the answer leads with a direct answer, {@link #onDirect} comes once, before the first {@link #onText},
 * after {@link #onCitations} has announced every citation the direct answer's parts refer to.
 */
public interface AnswerListener {

    AnswerListener NONE = new AnswerListener() { };

    default void onSources(List<Passage> passages) {
    }

    /** The citations first referred to by the next {@link #onText} increment, in number order (never empty). */
    default void onCitations(List<Citation> citations) {
    }

    default void onText(String increment) {
    }

    /** The direct answer the text leads with (never empty), before the first text increment. */
    default void onDirect(List<DirectAnswer> direct) {
    }

    /**
     * What the extractive answerer measured about a question it judged answerable on its lexical checks, before its
     * no-answer decision ({@link LearnedAbstention}); for the evaluation's details file. Not called otherwise, and
     * complete only for a listener that {@link #wantsSignals}.
     */
    default void onSignals(AnswerSignals signals) {
    }

    /** Whether this listener reads {@link #onSignals}: only then are all of them measured for every answer. */
    default boolean wantsSignals() {
        return false;
    }

    /**
     * The best candidate sentences of a question the extractive answerer judged answerable, in the order they were
     * ranked lexically, with their {@link SentenceFeatures}; for the evaluation's candidates file. Called only for a
     * listener that {@link #wantsCandidates}.
     */
    default void onCandidates(List<SentenceFeatures> candidates) {
    }

    /** Whether this listener reads {@link #onCandidates}: only then are the features written out. */
    default boolean wantsCandidates() {
        return false;
    }
}
