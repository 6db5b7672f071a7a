package newsdesk.answer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where conversation turns live: one JVM's memory ({@link InMemoryConversationStore}) or a store shared by every instance
 * ({@code newsdesk.solr.SolrConversations}), so a conversation can continue on any instance.
 */
public interface ConversationStore {

    /** Turns kept per conversation: older ones are dropped. */
    int MAX_TURNS = 20;

    /** How long a conversation nobody continues is kept. */
    Duration DEFAULT_IDLE_LIMIT = Duration.ofHours(24);

    /** One question and what was answered. */
    record Turn(String question, String answer, List<String> citedArticleIds) {
        public Turn {
            citedArticleIds = List.copyOf(citedArticleIds);
        }
    }

    /** Starts a conversation and returns its new id. */
    String start();

    /** The turns so far, or empty when the id is unknown or expired. */
    Optional<List<Turn>> turns(String id);

    /** Adds a turn (keeping the last {@link #MAX_TURNS}). */
    void append(String id, Turn turn);
}
