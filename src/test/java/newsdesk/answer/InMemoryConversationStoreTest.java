package newsdesk.answer;

import java.time.Clock;
import java.time.Duration;

/** The conversation store contract against one JVM's memory. */
class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore store(Clock clock, Duration idleLimit) {
        return new InMemoryConversationStore(clock, InMemoryConversationStore.DEFAULT_MAX_CONVERSATIONS, idleLimit);
    }
}
