package newsdesk.eval;

import newsdesk.answer.Answer;

/** An answering contender: the full question-to-cited-answer path, e.g. {@code q -> qa.ask(q, null, Filters.NONE)}. */
public interface AnswerSystem {

    Answer ask(String question);
}
