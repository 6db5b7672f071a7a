package newsdesk.eval;

import java.util.List;

import newsdesk.Newsdesk;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.article.Filters;

/**
 * Newsdesk as a contender, through its use case only: search is {@code QaService.search}, answering is
 * {@code QaService.ask} in a new conversation each time, both without filters. Closing it closes the Newsdesk.
 */
public final class NewsdeskSystem implements SearchSystem, AnswerSystem, AutoCloseable {

    private final Newsdesk desk;

    public NewsdeskSystem(Newsdesk desk) {
        this.desk = desk;
    }

    @Override
    public List<RetrievedChunk> search(String query, int k) {
        return desk.qa().search(query, k, Filters.NONE).stream()
                .map(p -> new RetrievedChunk(p.text(), p.article().id(), p.article().url(), p.score()))
                .toList();
    }

    @Override
    public Answer ask(String question) {
        return desk.qa().ask(question, null, Filters.NONE);
    }

    @Override
    public Answer ask(String question, AnswerListener listener) {
        return desk.qa().ask(question, null, Filters.NONE, listener);
    }

    @Override
    public void close() throws Exception {
        desk.close();
    }
}
