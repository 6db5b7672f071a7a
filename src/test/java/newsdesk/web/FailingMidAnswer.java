package newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import newsdesk.qa.FollowUpResolver;
import newsdesk.qa.QaService;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.Answerer;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.retrieve.Passage;

/** A service over an {@link EmptyStore} whose answerer streams a few words, then throws the given failure. */
final class FailingMidAnswer {

    private FailingMidAnswer() {
    }

    static QaService service(RuntimeException failure) {
        Answerer failing = new Answerer() {
            @Override
            public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
                listener.onText("The parade will ");
                throw failure;
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        return new QaService(new QaService.Parts(new EmptyStore(), failing,
                new InMemoryConversationStore(Clock.systemUTC(), 10, Duration.ofMinutes(5)),
                (question, turns) -> new FollowUpResolver.Resolved(question, question), 5));
    }
}
