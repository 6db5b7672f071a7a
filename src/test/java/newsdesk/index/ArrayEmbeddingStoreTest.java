package newsdesk.index;

import newsdesk.embed.Embedder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

/** The array store must behave like langchain4j's own in-memory store: same matches, same scores, same removals. */
class ArrayEmbeddingStoreTest {

    private static final int DIM = 16;

    private static Embedding random(Random random) {
        float[] v = new float[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Embedding.from(v);
    }

    private static List<EmbeddingMatch<TextSegment>> search(EmbeddingStore<TextSegment> store, Embedding query,
                                                            int k, double minScore) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(k).minScore(minScore)
                .build()).matches();
    }

    @Test
    void searchAgreesWithInMemoryEmbeddingStore() {
        Random random = new Random(7);
        ArrayEmbeddingStore ours = new ArrayEmbeddingStore(DIM);
        InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add("id-" + i);
            embeddings.add(random(random));
            segments.add(TextSegment.from("segment " + i, Metadata.from("group", i % 3 == 0 ? "a" : "b")));
        }
        ours.addAll(ids, embeddings, segments);
        reference.addAll(ids, embeddings, segments);
        for (int q = 0; q < 20; q++) {
            Embedding query = random(random);
            List<EmbeddingMatch<TextSegment>> expected = search(reference, query, 10, 0.0);
            List<EmbeddingMatch<TextSegment>> actual = search(ours, query, 10, 0.0);
            assertThat(actual).extracting(EmbeddingMatch::embeddingId)
                    .containsExactlyElementsOf(expected.stream().map(EmbeddingMatch::embeddingId).toList());
            for (int i = 0; i < actual.size(); i++) {
                assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-5));
                assertThat(actual.get(i).embedded()).isEqualTo(expected.get(i).embedded());
                assertThat(actual.get(i).embedding()).isEqualTo(expected.get(i).embedding());
            }
        }
    }

    @Test
    void matchesCarryTheEmbeddingExactlyAsAddedWhetherOrNotItWasOfUnitLength() {
        Random random = new Random(11);
        ArrayEmbeddingStore ours = new ArrayEmbeddingStore(DIM);
        InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();
        List<Embedding> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Embedding embedding = random(random);
            added.add(i % 2 == 0 ? embedding : Embedding.from(Embedder.normalize(embedding.vector())));
        }
        List<String> ids = ours.addAll(added);
        for (int i = 0; i < ids.size(); i++) {
            reference.add(ids.get(i), added.get(i));
        }
        for (int q = 0; q < 10; q++) {
            Embedding query = random(random);
            List<EmbeddingMatch<TextSegment>> expected = search(reference, query, 50, 0);
            List<EmbeddingMatch<TextSegment>> actual = search(ours, query, 50, 0);
            assertThat(actual).extracting(EmbeddingMatch::embeddingId)
                    .containsExactlyElementsOf(expected.stream().map(EmbeddingMatch::embeddingId).toList());
            for (int i = 0; i < actual.size(); i++) {
                Embedding original = added.get(ids.indexOf(actual.get(i).embeddingId()));
                assertThat(actual.get(i).embedding().vector()).containsExactly(original.vector());
                assertThat(actual.get(i).embedded()).isNull();
            }
        }
        ours.remove(ids.get(0));
        ours.remove(ids.get(1));
        EmbeddingMatch<TextSegment> top = search(ours, added.get(2), 1, 0).get(0);
        assertThat(top.embeddingId()).isEqualTo(ids.get(2));
        assertThat(top.embedding().vector()).containsExactly(added.get(2).vector());
    }

    @Test
    void minScoreAndFiltersAreRespected() {
        ArrayEmbeddingStore store = new ArrayEmbeddingStore(2);
        store.add(Embedding.from(new float[] {1, 0}), TextSegment.from("east", Metadata.from("side", "e")));
        store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north", Metadata.from("side", "n")));
        store.add(Embedding.from(new float[] {-1, 0}), TextSegment.from("west", Metadata.from("side", "w")));
        Embedding query = Embedding.from(new float[] {1, 0.1f});
        assertThat(search(store, query, 3, 0.5)).extracting(m -> m.embedded().text()).containsExactly("east", "north");
        List<EmbeddingMatch<TextSegment>> filtered = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(query).maxResults(3).filter(metadataKey("side").isEqualTo("w")).build()).matches();
        assertThat(filtered).extracting(m -> m.embedded().text()).containsExactly("west");
    }

    @Test
    void removeByIdByFilterAndAll() {
        ArrayEmbeddingStore store = new ArrayEmbeddingStore(2);
        String east = store.add(Embedding.from(new float[] {1, 0}), TextSegment.from("east", Metadata.from("k", "1")));
        store.add(Embedding.from(new float[] {0, 1}), TextSegment.from("north", Metadata.from("k", "2")));
        store.add("west-id", Embedding.from(new float[] {-1, 0}));
        assertThat(store.size()).isEqualTo(3);
        store.remove(east);
        assertThat(search(store, Embedding.from(new float[] {1, 0}), 5, 0)).extracting(EmbeddingMatch::embeddingId)
                .doesNotContain(east).contains("west-id");
        store.removeAll(metadataKey("k").isEqualTo("2"));
        assertThat(store.size()).isEqualTo(1);
        store.removeAll();
        assertThat(store.size()).isZero();
        assertThat(search(store, Embedding.from(new float[] {1, 0}), 5, 0)).isEmpty();
    }
}
