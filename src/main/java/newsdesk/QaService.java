package newsdesk;

import java.util.List;
import java.util.Optional;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.article.Article;
import newsdesk.retrieve.Filters;
import newsdesk.retrieve.Passage;

/**
 * TEMPORARY placeholder on branch {@code web} with the API announced in COMMON.md, so the web surface compiles before
 * the foundation lands on {@code main}. The merge of {@code main} replaces this file with the real use case.
 */
public class QaService {

    public static final int MAX_QUESTION_CHARS = 2000;
    public static final int MAX_TOP_K = 50;

    public Answer ask(String question, String conversationId, Filters filters) {
        return ask(question, conversationId, filters, AnswerListener.NONE);
    }

    public Answer ask(String question, String conversationId, Filters filters, AnswerListener listener) {
        throw new UnsupportedOperationException("placeholder");
    }

    public List<Passage> search(String query, int topK, Filters filters) {
        throw new UnsupportedOperationException("placeholder");
    }

    public List<Article> articles(int offset, int limit) {
        throw new UnsupportedOperationException("placeholder");
    }

    public int articleCount() {
        throw new UnsupportedOperationException("placeholder");
    }

    public Optional<Article> article(String id) {
        throw new UnsupportedOperationException("placeholder");
    }

    public boolean ready() {
        throw new UnsupportedOperationException("placeholder");
    }

    public int chunkCount() {
        throw new UnsupportedOperationException("placeholder");
    }
}
