package newsdesk.retrieve;

import newsdesk.article.Filters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.Corpus;
import newsdesk.index.CorpusIndex;
import newsdesk.testing.HashingEmbedder;

class PassageSearchTest {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final CorpusIndex index = new CorpusIndex(embedder.dimension());

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static Article article(String key, int sentences) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            body.append("Sentence ").append(i).append(" of ").append(key)
                    .append(" talks at some length about the harbour, the ferries and the long winter ahead. ");
        }
        return new Article("https://example.test/" + key, "Title " + key, "Outlet " + key, null,
                OffsetDateTime.parse("2025-01-01T00:00:00Z"), "https://example.test/" + key, body.toString().strip());
    }

    /** A retriever that ranks the given rows in the given order. */
    private static Retriever fixed(List<Integer> rows) {
        return (corpus, query, k, filters) -> {
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < Math.min(k, rows.size()); i++) {
                hits.add(new Hit(rows.get(i), 1.0 - i * 0.01));
            }
            return hits;
        };
    }

    @Test
    void oneArticleHoldsAtMostTwoPlacesUntilTheOtherArticlesHadTheirTurn() {
        index.upsert(SolrWiring.embed(embedder, List.of(article("a", 60), article("b", 2), article("c", 2))));
        Corpus corpus = index.current();
        List<Integer> aRows = new ArrayList<>();
        int bRow = -1;
        int cRow = -1;
        for (int row = 0; row < corpus.chunks().size(); row++) {
            String id = corpus.chunk(row).articleId();
            if (id.endsWith("/a")) {
                aRows.add(row);
            } else if (id.endsWith("/b")) {
                bRow = row;
            } else {
                cRow = row;
            }
        }
        assertThat(aRows.size()).isGreaterThanOrEqualTo(12);
        // Far-apart chunks of article a, so no two of them overlap once widened.
        List<Integer> ranking = List.of(aRows.get(0), aRows.get(5), aRows.get(10), bRow, cRow);

        List<Passage> four = new PassageSearch(fixed(ranking), 300).search(corpus, "harbour", 4, Filters.NONE);
        assertThat(four).extracting(p -> p.article().id()).containsExactly("https://example.test/a",
                "https://example.test/a", "https://example.test/b", "https://example.test/c");
        assertThat(four).extracting(Passage::rank).containsExactly(1, 2, 3, 4);

        List<Passage> five = new PassageSearch(fixed(ranking), 300).search(corpus, "harbour", 5, Filters.NONE);
        assertThat(five).extracting(Passage::chunkId).containsExactly(corpus.chunk(aRows.get(0)).id(),
                corpus.chunk(aRows.get(5)).id(), corpus.chunk(bRow).id(), corpus.chunk(cRow).id(),
                corpus.chunk(aRows.get(10)).id());

        List<Passage> uncapped = new PassageSearch(fixed(ranking), 300, Integer.MAX_VALUE, null)
                .search(corpus, "harbour", 4, Filters.NONE);
        assertThat(uncapped).extracting(p -> p.article().id()).containsExactly("https://example.test/a",
                "https://example.test/a", "https://example.test/a", "https://example.test/b");
    }

    @Test
    void passagesCarryTheirChunksSimilarityToTheQueryWhenAVectorIsGiven() {
        index.upsert(SolrWiring.embed(embedder, List.of(article("a", 6), article("b", 2))));
        Corpus corpus = index.current();
        Retriever retriever = new VectorRetriever(embedder);
        float[] query = embedder.embed("the harbour ferries");
        List<Passage> withVector = new PassageSearch(retriever, 300, PassageSearch.DEFAULT_PER_ARTICLE,
                q -> embedder.embed(q)).search(corpus, "the harbour ferries", 3, Filters.NONE);
        assertThat(withVector).isNotEmpty().allSatisfy(p -> assertThat(p.similarity())
                .isCloseTo(corpus.vectors().dot(corpus.row(p.chunkId()), query), within(1e-6)));
        assertThat(new PassageSearch(retriever, 300).search(corpus, "the harbour ferries", 3, Filters.NONE))
                .isNotEmpty().allSatisfy(p -> assertThat(p.similarity()).isNaN());
    }

    @Test
    void noMoreSearchesComputeAtOnceThanItsConcurrencyAndTheRestWaitTheirTurn() throws Exception {
        index.upsert(SolrWiring.embed(embedder, List.of(article("a", 6))));
        Corpus corpus = index.current();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Retriever held = (c, question, k, filters) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
            return List.of(new Hit(0, 1.0));
        };
        PassageSearch search = new PassageSearch(held, 300, PassageSearch.DEFAULT_PER_ARTICLE, null, 2);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<List<Passage>>> searches = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                searches.add(threads.submit(() -> search.search(corpus, "harbour", 1, Filters.NONE)));
            }
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("two searches started").isTrue();
            release.countDown();
            for (Future<List<Passage>> f : searches) {
                assertThat(f.get(10, TimeUnit.SECONDS)).hasSize(1);
            }
            assertThat(most.get()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }
}
