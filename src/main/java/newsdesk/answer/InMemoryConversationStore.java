package newsdesk.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link ConversationStore} of one JVM: the turns of each conversation, kept in memory, bounded in number of conversations (least
 * recently used go first), turns per conversation and idle time.
 */
public final class InMemoryConversationStore implements ConversationStore {

    public static final int DEFAULT_MAX_CONVERSATIONS = 10_000;
    private record Entry(List<Turn> turns, Instant lastUsed) {
    }

    private final Clock clock;
    private final int maxConversations;
    private final Duration idleLimit;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public InMemoryConversationStore(Clock clock, int maxConversations, Duration idleLimit) {
        this.clock = clock;
        this.maxConversations = maxConversations;
        this.idleLimit = idleLimit;
    }

    @Override
    public synchronized String start() {
        String id = UUID.randomUUID().toString();
        entries.put(id, new Entry(List.of(), clock.instant()));
        evict();
        return id;
    }

    @Override
    public synchronized Optional<List<Turn>> turns(String id) {
        Entry entry = entries.get(id);
        if (entry == null || expired(entry)) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.turns());
    }

    @Override
    public synchronized void append(String id, Turn turn) {
        Entry entry = entries.get(id);
        List<Turn> turns = new ArrayList<>(entry == null ? List.of() : entry.turns());
        turns.add(turn);
        if (turns.size() > MAX_TURNS) {
            turns = turns.subList(turns.size() - MAX_TURNS, turns.size());
        }
        entries.put(id, new Entry(List.copyOf(turns), clock.instant()));
        evict();
    }

    private boolean expired(Entry entry) {
        return entry.lastUsed().plus(idleLimit).isBefore(clock.instant());
    }

    private void evict() {
        var iterator = entries.entrySet().iterator();
        while (iterator.hasNext()) {
            Map.Entry<String, Entry> eldest = iterator.next();
            if (entries.size() > maxConversations || expired(eldest.getValue())) {
                iterator.remove();
            } else {
                break;
            }
        }
    }
}
