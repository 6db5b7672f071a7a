package newsdesk;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.Answerer;
import newsdesk.answer.Conversations;
import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.retrieve.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.retrieve.PassageSearch;

/**
 * The use case every surface calls: answer a question (optionally within a conversation) from the current corpus,
 * or just search it. Validates its input and throws {@link QaException}; never returns {@code null}.
 */
public final class QaService {

    public static final int MAX_QUESTION_CHARS = 2000;
    public static final int MAX_TOP_K = 50;

    private final Supplier<Corpus> corpus;
    private final PassageSearch search;
    private final Answerer answerer;
    private final Conversations conversations;
    private final int answerPassages;

    public QaService(Supplier<Corpus> corpus, PassageSearch search, Answerer answerer, Conversations conversations,
                     int answerPassages) {
        this.corpus = corpus;
        this.search = search;
        this.answerer = answerer;
        this.conversations = conversations;
        this.answerPassages = answerPassages;
    }

    public Answer ask(String question, String conversationId, Filters filters) {
        return ask(question, conversationId, filters, AnswerListener.NONE);
    }

    public Answer ask(String question, String conversationId, Filters filters, AnswerListener listener) {
        String q = validQuestion(question);
        long started = System.nanoTime();
        String id = conversationId;
        List<Conversations.Turn> turns = List.of();
        if (id == null || id.isBlank()) {
            id = conversations.start();
        } else {
            turns = conversations.turns(id).orElseThrow(() -> new QaException(QaException.Kind.NOT_FOUND,
                    "conversation_not_found", "no conversation with id '" + conversationId + "' (it may have expired)"));
        }
        String standalone = FollowUps.standalone(q, turns);
        Corpus view = corpus.get();
        List<Passage> passages = search.search(view, standalone, answerPassages, filtersOrNone(filters));
        long retrieved = System.nanoTime();
        listener.onSources(passages);
        Answer answer = answerer.answer(q, passages, listener);
        long answered = System.nanoTime();
        conversations.append(id, new Conversations.Turn(q, answer.text(),
                answer.citations().stream().map(c -> c.articleId()).distinct().toList()));
        return answer.withContext(id, java.util.Map.of(
                "retrieval", millis(retrieved - started),
                "answer", millis(answered - retrieved),
                "total", millis(answered - started)));
    }

    public List<Passage> search(String query, int topK, Filters filters) {
        String q = validQuestion(query);
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new QaException(QaException.Kind.INVALID, "top_k_out_of_range",
                    "topK must be between 1 and " + MAX_TOP_K + ", got " + topK);
        }
        return search.search(corpus.get(), q, topK, filtersOrNone(filters));
    }

    public List<Article> articles(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new QaException(QaException.Kind.INVALID, "bad_page", "offset must be >= 0 and limit >= 1");
        }
        List<Article> all = corpus.get().articles();
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    public int articleCount() {
        return corpus.get().articles().size();
    }

    public Optional<Article> article(String id) {
        return corpus.get().article(id);
    }

    public boolean ready() {
        return corpus.get().version() > 0;
    }

    public int chunkCount() {
        return corpus.get().chunks().size();
    }

    private static String validQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new QaException(QaException.Kind.INVALID, "question_blank", "the question is empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new QaException(QaException.Kind.TOO_LARGE, "question_too_long",
                    "the question has " + question.length() + " characters; the limit is " + MAX_QUESTION_CHARS);
        }
        return question.strip();
    }

    private static Filters filtersOrNone(Filters filters) {
        return filters == null ? Filters.NONE : filters;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
