package newsdesk.answer;

import java.util.List;
import java.util.Optional;

/**
 * Where conversation turns live: one JVM's memory ({@link Conversations}) or a store shared by every instance
 * ({@code newsdesk.solr.SolrConversations}), so a conversation can continue on any instance.
 */
public interface ConversationStore {

    /** Starts a conversation and returns its new id. */
    String start();

    /** The turns so far, or empty when the id is unknown or expired. */
    Optional<List<Conversations.Turn>> turns(String id);

    /** Adds a turn (keeping the last {@link Conversations#MAX_TURNS}). */
    void append(String id, Conversations.Turn turn);
}
