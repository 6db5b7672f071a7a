package newsdesk.slack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import newsdesk.answer.Answer;

/** Counts the questions that reach the answering side; can hold answers back until the test releases them. */
final class CountingAsker implements Asker {

    /** One question as it reached the service. */
    record Question(String text, String conversationId) {
    }

    private final Asker delegate;
    private final List<Question> questions = new CopyOnWriteArrayList<>();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate;

    CountingAsker(Asker delegate) {
        this.delegate = delegate;
    }

    /** From now on every answer waits until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    int count() {
        return questions.size();
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    @Override
    public Answer ask(String question, String conversationId) {
        questions.add(new Question(question, conversationId));
        CountDownLatch waitFor = gate;
        if (waitFor != null) {
            try {
                if (!waitFor.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the answer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Answer answer = delegate.ask(question, conversationId);
        answers.add(answer);
        return answer;
    }
}
