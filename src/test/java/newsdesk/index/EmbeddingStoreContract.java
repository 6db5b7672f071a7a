package newsdesk.index;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;

/**
 * What a langchain4j {@link EmbeddingStore} of text segments does, run against langchain4j's own
 * {@code InMemoryEmbeddingStore} and against Newsdesk's {@link ArrayEmbeddingStore}, so the two cannot drift apart.
 */
abstract class EmbeddingStoreContract {

    /** A new, empty store of 2-dimensional embeddings. */
    abstract EmbeddingStore<TextSegment> newStore();

    private static List<EmbeddingMatch<TextSegment>> search(EmbeddingStore<TextSegment> store, float[] query, int k,
                                                            double minScore) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(query)).maxResults(k)
                .minScore(minScore).build()).matches();
    }

    @Test
    void matchesComeBestFirstWithRelevanceScoresAndTheirSegments() {
        EmbeddingStore<TextSegment> store = newStore();
        String east = store.add(Embedding.from(new float[] {1, 0}), TextSegment.from("east"));
        String north = store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north"));
        String west = store.add(Embedding.from(new float[] {-1, 0}), TextSegment.from("west"));
        List<EmbeddingMatch<TextSegment>> matches = search(store, new float[] {1, 0}, 3, 0);
        assertThat(matches).extracting(EmbeddingMatch::embeddingId).containsExactly(east, north, west);
        // (cos + 1) / 2
        assertThat(matches).extracting(EmbeddingMatch::score).containsExactly(1.0, 0.5, 0.0);
        assertThat(matches.get(0).embedded().text()).isEqualTo("east");
        assertThat(matches.get(0).embedding().vector()).containsExactly(1, 0);
        assertThat(search(store, new float[] {0, 2}, 1, 0)).extracting(EmbeddingMatch::embeddingId)
                .containsExactly(north);
    }

    @Test
    void minScoreAndFiltersAreRespected() {
        EmbeddingStore<TextSegment> store = newStore();
        store.add(Embedding.from(new float[] {1, 0}), TextSegment.from("east", Metadata.from("side", "e")));
        store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north", Metadata.from("side", "n")));
        store.add(Embedding.from(new float[] {-1, 0}), TextSegment.from("west", Metadata.from("side", "w")));
        float[] query = {1, 0.1f};
        assertThat(search(store, query, 3, 0.5)).extracting(m -> m.embedded().text()).containsExactly("east", "north");
        List<EmbeddingMatch<TextSegment>> filtered = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(query)).maxResults(3).filter(metadataKey("side").isIn(List.of("w", "n")))
                .build()).matches();
        assertThat(filtered).extracting(m -> m.embedded().text()).containsExactly("north", "west");
        assertThat(filtered.get(0).score()).isCloseTo((0.1 / Math.sqrt(1.01) + 1) / 2, within(1e-6));
    }

    @Test
    void entriesWithoutASegmentAreNotFilteredOut() {
        EmbeddingStore<TextSegment> store = newStore();
        store.add("bare", Embedding.from(new float[] {1, 0}));
        store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north", Metadata.from("side", "n")));
        store.add(Embedding.from(new float[] {0, -1}), TextSegment.from("south", Metadata.from("side", "s")));
        assertThat(store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(new float[] {1, 0}))
                .maxResults(3).filter(metadataKey("side").isEqualTo("n")).build()).matches())
                .extracting(EmbeddingMatch::embeddingId).hasSize(2).contains("bare").doesNotContain("south");
    }

    @Test
    void removeByIdByFilterAndAll() {
        EmbeddingStore<TextSegment> store = newStore();
        String east = store.add(Embedding.from(new float[] {1, 0}), TextSegment.from("east", Metadata.from("k", "1")));
        store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north", Metadata.from("k", "2")));
        store.add("west-id", Embedding.from(new float[] {-1, 0}));
        store.remove(east);
        assertThat(search(store, new float[] {1, 0}, 5, 0)).extracting(EmbeddingMatch::embeddingId)
                .doesNotContain(east).contains("west-id").hasSize(2);
        store.removeAll(metadataKey("k").isEqualTo("2"));
        assertThat(search(store, new float[] {1, 0}, 5, 0)).extracting(EmbeddingMatch::embeddingId)
                .containsExactly("west-id");
        store.removeAll();
        assertThat(search(store, new float[] {1, 0}, 5, 0)).isEmpty();
    }
}
