package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import newsdesk.testing.MutableClock;

/**
 * The contract every {@link ConversationStore} passes: new conversations start empty and distinct, turns come back in
 * the order they were added, only the last {@link ConversationStore#MAX_TURNS} are kept, unknown ids have no turns,
 * and a conversation idle longer than its limit is gone. Subclasses say how to build their store.
 */
public abstract class ConversationStoreContract {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** A store with no conversations of the ones this contract starts, reading time from {@code clock}. */
    protected abstract ConversationStore store(Clock clock, Duration idleLimit);

    private static ConversationStore.Turn turn(int i) {
        return new ConversationStore.Turn("question " + i, "answer " + i, List.of("article-" + i));
    }

    @Test
    void newConversationsAreDistinctAndEmpty() {
        ConversationStore store = store(clock, IDLE);
        String one = store.start();
        String two = store.start();
        assertThat(one).isNotEqualTo(two);
        assertThat(store.turns(one)).contains(List.of());
        assertThat(store.turns(two)).contains(List.of());
    }

    @Test
    void turnsComeBackInTheOrderTheyWereAdded() {
        ConversationStore store = store(clock, IDLE);
        String id = store.start();
        store.append(id, turn(1));
        store.append(id, turn(2));
        store.append(id, turn(3));
        assertThat(store.turns(id)).contains(List.of(turn(1), turn(2), turn(3)));
    }

    @Test
    void onlyTheLastTurnsAreKept() {
        ConversationStore store = store(clock, IDLE);
        String id = store.start();
        List<ConversationStore.Turn> all = new ArrayList<>();
        for (int i = 0; i < ConversationStore.MAX_TURNS + 5; i++) {
            all.add(turn(i));
            store.append(id, turn(i));
        }
        assertThat(store.turns(id)).contains(all.subList(5, all.size()));
    }

    @Test
    void unknownIdsHaveNoTurns() {
        ConversationStore store = store(clock, IDLE);
        assertThat(store.turns("not-a-uuid")).isEmpty();
        assertThat(store.turns("00000000-0000-4000-8000-000000000000")).isEmpty();
    }

    @Test
    void aConversationIdleLongerThanItsLimitIsGone() {
        ConversationStore store = store(clock, IDLE);
        String old = store.start();
        store.append(old, turn(1));
        clock.advance(IDLE.plusMinutes(1));
        assertThat(store.turns(old)).isEmpty();

        String recent = store.start();
        store.append(recent, turn(2));
        clock.advance(IDLE.minusMinutes(1));
        assertThat(store.turns(recent)).contains(List.of(turn(2)));
    }
}
