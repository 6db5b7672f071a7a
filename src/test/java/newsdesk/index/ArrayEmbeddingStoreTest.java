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
    void aViewOverAMatrixFiltersByMetadataInstanceLikeAPerRowTest() {
        Random random = new Random(5);
        List<float[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        List<Metadata> shared = List.of(Metadata.from("outlet", "a").put("day", 10L),
                Metadata.from("outlet", "b").put("day", 11L), Metadata.from("outlet", "c"));
        InMemoryEmbeddingStore<TextSegment> reference = new InMemoryEmbeddingStore<>();
        for (int i = 0; i < 300; i++) {
            float[] row = Embedder.normalize(random(random).vector());
            rows.add(row);
            ids.add("chunk-" + i);
            // rows of one "article" share one metadata instance; every 7th row has no segment
            segments.add(i % 7 == 0 ? null : TextSegment.from("text " + i, shared.get(i % 3)));
            if (segments.get(i) != null) {
                reference.add(ids.get(i), Embedding.from(row), segments.get(i));
            } else {
                reference.add(ids.get(i), Embedding.from(row));
            }
        }
        ArrayEmbeddingStore view = ArrayEmbeddingStore.over(VectorMatrix.empty(DIM).append(rows), ids, segments);
        assertThat(view.size()).isEqualTo(300);
        for (var filter : List.of(metadataKey("outlet").isIn(List.of("a", "c")),
                metadataKey("day").isGreaterThanOrEqualTo(11L), metadataKey("outlet").isEqualTo("a")
                        .and(metadataKey("day").isLessThanOrEqualTo(10L)))) {
            Embedding query = random(random);
            var request = EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(20).filter(filter).build();
            List<EmbeddingMatch<TextSegment>> expected = reference.search(request).matches();
            List<EmbeddingMatch<TextSegment>> actual = view.search(request).matches();
            assertThat(expected).isNotEmpty();
            assertThat(actual).extracting(EmbeddingMatch::embeddingId)
                    .containsExactlyElementsOf(expected.stream().map(EmbeddingMatch::embeddingId).toList());
        }
        // a write after a filtered search regroups the rows
        view.removeAll(metadataKey("outlet").isEqualTo("a"));
        var request = EmbeddingSearchRequest.builder().queryEmbedding(random(random)).maxResults(300)
                .filter(metadataKey("outlet").isIn(List.of("a", "b"))).build();
        List<EmbeddingMatch<TextSegment>> left = view.search(request).matches();
        assertThat(left).extracting(m -> m.embedded() == null ? "none" : m.embedded().metadata().getString("outlet"))
                .containsOnly("b", "none").contains("b", "none"); // segment-less rows pass filters, as in langchain4j
    }
}
