package newsdesk.qa;

import java.util.List;

import newsdesk.answer.ConversationStore;

/**
 * Turns a question asked in a conversation into what retrieval should search for and what the answerer should
 * answer. Without a language model the two differ (retrieval gets context, scoring gets the question as asked);
 * a model rewrites the follow-up into one standalone question used for both.
 */
@FunctionalInterface
public interface FollowUpResolver {

    Resolved resolve(String question, List<ConversationStore.Turn> turns);

    /** The retrieval query and the question handed to the answerer. */
    record Resolved(String retrievalQuery, String answerQuestion) {
    }
}
