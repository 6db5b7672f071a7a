package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.article.Filters;
import newsdesk.index.Corpus;
import newsdesk.index.CorpusIndex;
import newsdesk.testing.GeneratedArticles;
import newsdesk.testing.HashingEmbedder;

/**
 * The {@link Retriever} contract, run against every implementation (lexical, vector, hybrid, and the mention-boost
 * decorator over hybrid) on one corpus of generated articles: at most {@code k} hits, best first, no chunk twice,
 * every hit passes the filters, an empty corpus or a filter nothing passes gives no hits, the same question gives
 * the same ranking, and a distinctive question finds its article first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrieverContractTest {

    private static final int ARTICLES = 60;
    private static final HashingEmbedder EMBEDDER = new HashingEmbedder();

    private final CorpusIndex index = new CorpusIndex(EMBEDDER.dimension());
    private final CorpusIndex empty = new CorpusIndex(EMBEDDER.dimension());

    @BeforeAll
    void load() {
        index.upsert(SolrWiring.embed(EMBEDDER, GeneratedArticles.articles(ARTICLES)));
    }

    @AfterAll
    void close() throws Exception {
        index.close();
        empty.close();
    }

    static Stream<Named<Retriever>> retrievers() {
        Function<HybridRetriever.Fusion, Retriever> hybrid = fusion -> new HybridRetriever(new LexicalRetriever(),
                new VectorRetriever(EMBEDDER), HybridRetriever.DEFAULT_LEXICAL_WEIGHT, fusion);
        return Stream.of(
                Named.of("lexical", new LexicalRetriever()),
                Named.of("vector", new VectorRetriever(EMBEDDER)),
                Named.of("hybrid (scores)", hybrid.apply(HybridRetriever.Fusion.SCORES)),
                Named.of("hybrid (RRF)", hybrid.apply(HybridRetriever.Fusion.RRF)),
                Named.of("mention boost over hybrid", new MentionBoostRetriever(
                        hybrid.apply(HybridRetriever.Fusion.SCORES), MentionBoostRetriever.DEFAULT_BOOST)));
    }

    private static void assertWellFormed(Corpus corpus, List<Hit> hits, int k, Filters filters) {
        assertThat(hits.size()).isLessThanOrEqualTo(k);
        Set<Integer> rows = new HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit hit = hits.get(i);
            assertThat(rows.add(hit.row())).as("chunk %d twice", hit.row()).isTrue();
            assertThat(hit.row()).isBetween(0, corpus.chunks().size() - 1);
            assertThat(filters.accepts(corpus.articleOf(corpus.chunk(hit.row())))).isTrue();
            if (i > 0) {
                assertThat(hit.score()).as("best first").isLessThanOrEqualTo(hits.get(i - 1).score());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("retrievers")
    void atMostKHitsBestFirstNoChunkTwice(Retriever retriever) {
        Corpus corpus = index.current();
        for (int k : new int[] {1, 5, 30}) {
            List<Hit> hits = retriever.retrieve(corpus, GeneratedArticles.question(7), k, Filters.NONE);
            assertThat(hits).isNotEmpty();
            assertWellFormed(corpus, hits, k, Filters.NONE);
        }
    }

    @ParameterizedTest
    @MethodSource("retrievers")
    void everyHitPassesTheFilters(Retriever retriever) {
        Corpus corpus = index.current();
        Filters outlet = new Filters(Set.of(GeneratedArticles.outlet(3)), null, null);
        Filters days = new Filters(Set.of(), GeneratedArticles.day(10), GeneratedArticles.day(20));
        for (Filters filters : List.of(outlet, days)) {
            List<Hit> hits = retriever.retrieve(corpus, GeneratedArticles.question(12), 20, filters);
            assertThat(hits).isNotEmpty();
            assertWellFormed(corpus, hits, 20, filters);
        }
    }

    @ParameterizedTest
    @MethodSource("retrievers")
    void anEmptyCorpusOrAFilterNothingPassesGivesNoHits(Retriever retriever) {
        assertThat(retriever.retrieve(empty.current(), GeneratedArticles.question(3), 5, Filters.NONE)).isEmpty();
        assertThat(retriever.retrieve(index.current(), GeneratedArticles.question(3), 5,
                new Filters(Set.of("no such outlet"), null, null))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("retrievers")
    void theSameQuestionGivesTheSameRanking(Retriever retriever) {
        Corpus corpus = index.current();
        assertThat(retriever.retrieve(corpus, GeneratedArticles.question(21), 10, Filters.NONE))
                .isEqualTo(retriever.retrieve(corpus, GeneratedArticles.question(21), 10, Filters.NONE));
    }

    @ParameterizedTest
    @MethodSource("retrievers")
    void aDistinctiveQuestionFindsItsArticleFirst(Retriever retriever) {
        Corpus corpus = index.current();
        for (int i : new int[] {2, 17, 44}) {
            Article expected = GeneratedArticles.article(i);
            List<Hit> hits = retriever.retrieve(corpus, GeneratedArticles.question(i), 3, Filters.NONE);
            assertThat(corpus.articleOf(corpus.chunk(hits.get(0).row())).id()).as("question %d", i)
                    .isEqualTo(expected.id());
        }
    }
}
