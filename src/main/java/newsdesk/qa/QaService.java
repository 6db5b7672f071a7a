package newsdesk.qa;

import java.util.List;
import java.util.Optional;

import newsdesk.answer.Answer;
import newsdesk.error.RefusedException;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.Answerer;
import newsdesk.answer.ConversationStore;
import newsdesk.article.Article;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackService;
import newsdesk.feedback.Rating;
import newsdesk.retrieve.ArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;

/**
 * The use case every surface calls: answer a question (optionally within a conversation) from the article store
 * (in memory or Solr), or just search it. Validates its input and throws {@link RefusedException}; never returns
 * {@code null}.
 */
public final class QaService {

    public static final int MAX_QUESTION_CHARS = 2000;
    public static final int MAX_TOP_K = 50;

    /** The collaborators of the use case, as the composition root wires them. */
    public record Parts(ArticleStore store, Answerer answerer, ConversationStore conversations,
                        FollowUpResolver followUps, int answerPassages, FeedbackService feedback) {

        /** Without readers' feedback: answers carry no id and ratings are refused. */
        public Parts(ArticleStore store, Answerer answerer, ConversationStore conversations,
                     FollowUpResolver followUps, int answerPassages) {
            this(store, answerer, conversations, followUps, answerPassages, null);
        }
    }

    private final ArticleStore store;
    private final Answerer answerer;
    private final ConversationStore conversations;
    private final FollowUpResolver followUps;
    private final int answerPassages;
    private final FeedbackService feedback;

    public QaService(Parts parts) {
        this.feedback = parts.feedback();
        this.store = parts.store();
        this.answerer = parts.answerer();
        this.conversations = parts.conversations();
        this.followUps = parts.followUps();
        this.answerPassages = parts.answerPassages();
    }

    public Answer ask(String question, String conversationId, Filters filters) {
        return ask(question, conversationId, filters, AnswerListener.NONE);
    }

    public Answer ask(String question, String conversationId, Filters filters, AnswerListener listener) {
        String q = validQuestion(question);
        long started = System.nanoTime();
        String id = conversationId;
        List<ConversationStore.Turn> turns = List.of();
        if (id == null || id.isBlank()) {
            id = conversations.start();
        } else {
            turns = conversations.turns(id).orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND,
                    "conversation_not_found", "no conversation with id '" + conversationId + "' (it may have expired)"));
        }
        FollowUpResolver.Resolved resolved = followUps.resolve(q, turns);
        Answerer.Retrieval plan = answerer.retrieval(resolved.retrievalQuery(), answerPassages);
        List<Passage> passages = store.search(plan.query(), Math.min(MAX_TOP_K, plan.passages()),
                filtersOrNone(filters));
        long retrieved = System.nanoTime();
        listener.onSources(passages);
        Answer answer = answerer.answer(resolved.answerQuestion(), passages, listener);
        long answered = System.nanoTime();
        conversations.append(id, new ConversationStore.Turn(q, answer.text(),
                answer.citations().stream().map(c -> c.articleId()).distinct().toList()));
        Answer timed = answer.withContext(id, java.util.Map.of(
                "retrieval", millis(retrieved - started),
                "answer", millis(answered - retrieved),
                "total", millis(answered - started)));
        return feedback == null ? timed
                : feedback.remember(q, turns.stream().map(ConversationStore.Turn::question).toList(), timed);
    }

    /**
     * Records a reader's rating of a recent answer (by its {@link Answer#id()}) once it is durable: unknown or
     * expired ids are {@code NOT_FOUND}, oversized comments {@code TOO_LARGE}.
     */
    public Feedback feedback(FeedbackService.Request request) {
        return feedbackService().record(request);
    }

    /** Every stored rating, oldest first (the admin export). */
    public List<Feedback> feedbackRecords() {
        return feedbackService().export();
    }

    /** Ratings of {@code rating} recorded since start (0 without feedback). */
    public long feedbackCount(Rating rating) {
        return feedback == null ? 0 : feedback.count(rating);
    }

    private FeedbackService feedbackService() {
        if (feedback == null) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "feedback_disabled", "feedback is not kept here");
        }
        return feedback;
    }

    public List<Passage> search(String query, int topK, Filters filters) {
        String q = validQuestion(query);
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new RefusedException(RefusedException.Kind.INVALID, "top_k_out_of_range",
                    "topK must be between 1 and " + MAX_TOP_K + ", got " + topK);
        }
        return store.search(q, topK, filtersOrNone(filters));
    }

    public List<Article> articles(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new RefusedException(RefusedException.Kind.INVALID, "bad_page", "offset must be >= 0 and limit >= 1");
        }
        return store.articles(offset, limit);
    }

    public int articleCount() {
        return store.articleCount();
    }

    public Optional<Article> article(String id) {
        return store.article(id);
    }

    /** The other articles carrying the same story as {@code id} (wire copies, near-identical rewrites). */
    public List<Article> copies(String id) {
        return store.copies(id);
    }

    public boolean ready() {
        return store.ready();
    }

    public int chunkCount() {
        return store.chunkCount();
    }

    private static String validQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "question_blank", "the question is empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new RefusedException(RefusedException.Kind.TOO_LARGE, "question_too_long",
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
