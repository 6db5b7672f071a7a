package newsdesk.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.error.RefusedException;
import newsdesk.answer.ConversationStore;
import newsdesk.answer.InMemoryConversationStore;

/**
 * InMemoryConversationStore kept in the Solr collection, one document each ({@code kind:conversation}, the turns as JSON), so a
 * conversation started on one Newsdesk instance continues on any other. Reads use real-time get, which sees every
 * acknowledged update without a commit; appends are optimistic (compare-and-set on Solr's {@code _version_}, retried
 * on conflict), so two instances appending at once both keep their turn. A conversation idle for longer than the
 * idle limit is gone: reads treat it as unknown, and Solr's DocExpiration processor deletes it.
 */
public final class SolrConversations implements ConversationStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_ATTEMPTS = 10;
    private static final TypeReference<List<ConversationStore.Turn>> TURNS = new TypeReference<>() {
    };

    private final SolrNodes nodes;
    private final String collection;
    private final Clock clock;
    private final Duration idleLimit;

    public SolrConversations(SolrNodes nodes, String collection, Clock clock, Duration idleLimit) {
        this.nodes = nodes;
        this.collection = collection;
        this.clock = clock;
        this.idleLimit = idleLimit;
    }

    @Override
    public String start() {
        String id = UUID.randomUUID().toString();
        write(id, List.of(), -1);
        return id;
    }

    @Override
    public Optional<List<ConversationStore.Turn>> turns(String id) {
        return read(id).map(Stored::turns);
    }

    @Override
    public void append(String id, ConversationStore.Turn turn) {
        for (int attempt = 1; ; attempt++) {
            Optional<Stored> stored = read(id);
            List<ConversationStore.Turn> turns = new ArrayList<>(stored.map(Stored::turns).orElse(List.of()));
            turns.add(turn);
            if (turns.size() > ConversationStore.MAX_TURNS) {
                turns = turns.subList(turns.size() - ConversationStore.MAX_TURNS, turns.size());
            }
            try {
                write(id, turns, stored.map(Stored::version).orElse(-1L));
                return;
            } catch (SolrNodes.SolrRequestException e) {
                if (e.status() != 409 || attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("could not save the conversation turn: " + e.getMessage(), e);
                }
                backOff(attempt);
            }
        }
    }

    /** A short random pause after a version conflict, growing with each attempt, so two writers stop colliding. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving the conversation turn", e);
        }
    }

    private record Stored(List<ConversationStore.Turn> turns, long version) {
    }

    private Optional<Stored> read(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<JsonNode> found = nodes.realTimeGet(collection, docId(id), "turns,expire_at,_version_",
                "conversation");
        if (found.isEmpty() || Instant.parse(found.get().path("expire_at").asText()).isBefore(clock.instant())) {
            return Optional.empty();
        }
        JsonNode doc = found.get();
        try {
            return Optional.of(new Stored(SolrNodes.json().readValue(doc.path("turns").asText(), TURNS),
                    doc.path("_version_").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the whole conversation; {@code version} -1 means "must not exist yet", else "must still be this". */
    private void write(String id, List<ConversationStore.Turn> turns, long version) {
        try {
            Map<String, Object> doc = Map.of("id", docId(id), "kind", SolrDocs.CONVERSATION,
                    "turns", SolrNodes.json().writeValueAsString(turns),
                    "expire_at", clock.instant().plus(idleLimit).toString(), "_version_", version);
            nodes.add(collection, doc, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SolrNodes.SolrRequestException e) {
            if (e.status() == 409) {
                throw e;
            }
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                    "could not save the conversation: " + e.getMessage());
        }
    }

    private static String docId(String id) {
        return "conversation-" + id;
    }
}
