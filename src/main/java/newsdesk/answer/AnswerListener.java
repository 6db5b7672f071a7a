package newsdesk.answer;

import java.util.List;

import newsdesk.retrieve.Passage;

/**
 * Receives an answer as it is produced, for streaming surfaces. Calls arrive in order: {@link #onSources} once,
 * then {@link #onText} zero or more times (increments that concatenate to the final text); the final
 * {@link Answer} is the return value of the call that took the listener.
 */
public interface AnswerListener {

    AnswerListener NONE = new AnswerListener() { };

    default void onSources(List<Passage> passages) {
    }

    default void onText(String increment) {
    }
}
