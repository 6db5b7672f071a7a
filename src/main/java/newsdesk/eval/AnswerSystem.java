package newsdesk.eval;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;

/** An answering contender: the full question-to-cited-answer path, e.g. {@code q -> qa.ask(q, null, Filters.NONE)}. */
public interface AnswerSystem {

    Answer ask(String question);

    /** The same, telling {@code listener} what the answer path reports as it goes (ignored by default). */
    default Answer ask(String question, AnswerListener listener) {
        return ask(question);
    }
}
