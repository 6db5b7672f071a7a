package newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import newsdesk.qa.FollowUpResolver;
import newsdesk.qa.QaService;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.Answerer;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.retrieve.Passage;

/**
 * A service over an {@link EmptyStore} whose answerer streams a hand-built answer as the listener contract says:
 * its citations, its direct answer, then (once {@code gate} opens) its text in increments that end at markers.
 */
final class CannedAnswer {

    private CannedAnswer() {
    }

    static QaService service(Supplier<Answer> canned, CountDownLatch gate) {
        Answerer answerer = new Answerer() {
            @Override
            public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
                Answer answer = canned.get();
                if (!answer.citations().isEmpty()) {
                    listener.onCitations(answer.citations());
                }
                if (!answer.direct().isEmpty()) {
                    listener.onDirect(answer.direct());
                }
                try {
                    if (!gate.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the answer go on");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                for (String increment : answer.text().split("(?<=])")) {
                    listener.onText(increment);
                }
                return answer;
            }

            @Override
            public String name() {
                return "canned";
            }
        };
        return new QaService(new QaService.Parts(new EmptyStore(), answerer,
                new InMemoryConversationStore(Clock.systemUTC(), 10, Duration.ofMinutes(5)),
                (question, turns) -> new FollowUpResolver.Resolved(question, question), 5));
    }
}
