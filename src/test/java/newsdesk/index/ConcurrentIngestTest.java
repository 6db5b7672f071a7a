package newsdesk.index;

import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;
import newsdesk.ingest.SeedSync;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.ingest.IngestReport;
import newsdesk.ingest.Ingestion;
import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.retrieve.Passage;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/**
 * Queries run while batches are added, replaced and deleted: every query succeeds, and every view a reader takes
 * holds whole articles only (all chunks, matching vectors and lexical documents, text from the same version).
 */
class ConcurrentIngestTest {

    private static final int OPERATIONS = 60;

    @TempDir
    Path tmp;

    @Test
    void queriesThroughQaServiceNeverFailNorMixVersions() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("q", 8, 30));
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, tmp.resolve("data")), new HashingEmbedder(),
                Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            AtomicBoolean done = new AtomicBoolean();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicInteger queries = new AtomicInteger();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int reader = r;
                readers.add(started(() -> {
                    int i = 0;
                    while (!done.get() && failures.isEmpty()) {
                        String question = "What happened in the " + TestArticles.topic("u" + (i++ % 20)) + " affair?";
                        try {
                            var answer = desk.qa().ask(question, null, null);
                            assertThat(answer.text()).isNotBlank();
                            for (Passage passage : desk.qa().search(question + " " + reader, 10, null)) {
                                String body = passage.article().body();
                                assertThat(body.substring(passage.start(), passage.end())).isEqualTo(passage.text());
                            }
                            queries.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            try {
                churn(desk.ingestion(), new Random(7));
            } finally {
                done.set(true);
                for (Thread reader : readers) {
                    reader.join();
                }
            }
            assertThat(failures).isEmpty();
            assertThat(queries.get()).isGreaterThan(0);
        }
    }

    @Test
    void everyViewHoldsWholeArticlesOnly() throws Exception {
        HashingEmbedder embedder = new HashingEmbedder();
        Chunker chunker = new Chunker(new SentenceSplitter(), embedder::countTokens, 40, 1);
        CorpusIndex index = new CorpusIndex(embedder.dimension());
        IndexProfile profile = new IndexProfile(embedder.modelId(), embedder.dimension(), 40, 1, true);
        try (SnapshotStore store = new SnapshotStore(tmp.resolve("data"), profile, Clock.systemUTC())) {
            DurableIndex durable = new DurableIndex(index, store);
            var loader = newsdesk.article.ArticleLoader.withDefaultReaders();
            Ingestion ingestion = Ingestion.of(new Ingestor(chunker, embedder, index, true), durable, loader,
                    new SeedSync(loader, tmp.resolve("no-seeds")));
            ingestion.seeds().start(Ingestor.Progress.NONE);
            Map<String, Integer> expectedChunks = new ConcurrentHashMap<>();
            AtomicBoolean done = new AtomicBoolean();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicInteger views = new AtomicInteger();
            Thread reader = started(() -> {
                while (!done.get() && failures.isEmpty()) {
                    try {
                        check(durable.current(), chunker, expectedChunks);
                        views.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            try {
                churn(ingestion, new Random(11));
            } finally {
                done.set(true);
                reader.join();
            }
            assertThat(failures).isEmpty();
            assertThat(views.get()).isGreaterThan(OPERATIONS);
            check(durable.current(), chunker, expectedChunks);
        }
    }

    @Test
    void queriesAndOtherChangesGoOnWhileAnUploadIsBeingEmbedded() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("g", 4, 20));
        GatedEmbedder embedder = new GatedEmbedder("zeppelin");
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, tmp.resolve("data")), embedder,
                Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            Article other = TestArticles.article("g-other", 6);
            desk.ingestion().uploads().add(List.of(other), Origin.UPLOAD, "first");
            Article slow = Article.of("Zeppelin returns to the harbour", "Test Wire", null,
                    OffsetDateTime.parse("2024-06-02T00:00Z"), "https://example.com/zeppelin",
                    "A zeppelin flew over the harbour on Monday. Crowds gathered on the quay to watch it land.");
            CompletableFuture<IngestReport> upload = CompletableFuture.supplyAsync(
                    () -> desk.ingestion().uploads().add(List.of(slow), Origin.UPLOAD, "slow"));
            try {
                assertThat(embedder.entered.await(30, TimeUnit.SECONDS)).as("the upload is being embedded").isTrue();
                for (int i = 0; i < 4; i++) {
                    String question = "What happened in the " + TestArticles.topic("g" + i) + " affair?";
                    assertThat(desk.qa().ask(question, null, null).abstained()).as(question).isFalse();
                    assertThat(desk.qa().search(question, 5, null)).isNotEmpty();
                }
                assertThat(desk.qa().article(slow.id())).as("not served before it is durable").isEmpty();
                assertThat(desk.ingestion().status().running()).extracting(a -> a.kind()).contains("upload");
                long deleted = CompletableFuture.supplyAsync(() -> desk.ingestion().uploads().delete(other.id()).generation())
                        .get(30, TimeUnit.SECONDS);
                assertThat(desk.qa().article(other.id())).as("a delete is not held up by the embedding").isEmpty();
                assertThat(upload).isNotDone();
                embedder.release.countDown();
                IngestReport batch = upload.get(30, TimeUnit.SECONDS);
                assertThat(batch.generation()).isGreaterThan(deleted);
                assertThat(desk.qa().article(slow.id())).isPresent();
            } finally {
                embedder.release.countDown();
            }
        }
    }

    /** The test embedder, except that a batch holding {@code marker} waits for {@link #release} once entered. */
    private static final class GatedEmbedder implements Embedder {
        private final HashingEmbedder inner = new HashingEmbedder();
        private final String marker;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        GatedEmbedder(String marker) {
            this.marker = marker;
        }

        @Override
        public float[] embed(String text) {
            return inner.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            if (texts.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(marker))) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return inner.embedAll(texts);
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public String modelId() {
            return inner.modelId();
        }

        @Override
        public int countTokens(String text) {
            return inner.countTokens(text);
        }
    }

    private static Thread started(Runnable body) {
        Thread thread = new Thread(body, "reader");
        thread.start();
        return thread;
    }

    private static void check(Corpus view, Chunker chunker, Map<String, Integer> expectedChunks) throws Exception {
        Map<String, List<Chunk>> byArticle = new HashMap<>();
        for (Chunk chunk : view.chunks()) {
            byArticle.computeIfAbsent(chunk.articleId(), id -> new ArrayList<>()).add(chunk);
        }
        assertThat(byArticle.keySet()).containsExactlyInAnyOrderElementsOf(
                view.articles().stream().map(Article::id).toList());
        for (Article article : view.articles()) {
            List<Chunk> chunks = byArticle.get(article.id());
            int expected = expectedChunks.computeIfAbsent(article.contentHash(),
                    h -> chunker.chunk(article).chunks().size());
            assertThat(chunks).as("chunks of %s", article.id()).hasSize(expected);
            for (int i = 0; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                assertThat(chunk.ordinal()).isEqualTo(i);
                assertThat(article.body().substring(chunk.start(), chunk.end())).isEqualTo(chunk.text());
            }
        }
        assertThat(view.vectors().size()).isEqualTo(view.chunks().size());
        assertThat(view.searcher().getIndexReader().numDocs()).isEqualTo(view.chunks().size());
    }

    /** Adds batches, replaces articles with longer or shorter versions and deletes some, through the use case. */
    private static void churn(Ingestion ingestion, Random random) {
        List<Article> uploaded = new ArrayList<>();
        for (int op = 0; op < OPERATIONS; op++) {
            int kind = random.nextInt(4);
            if (kind == 0 && !uploaded.isEmpty()) {
                Article gone = uploaded.remove(random.nextInt(uploaded.size()));
                ingestion.uploads().delete(gone.id());
            } else if (kind == 1 && !uploaded.isEmpty()) {
                Article old = uploaded.get(random.nextInt(uploaded.size()));
                Article fresh = TestArticles.article("u" + op, 5 + random.nextInt(40));
                Article replacement = new Article(old.id(), old.title(), old.source(), null,
                        OffsetDateTime.parse("2024-06-01T00:00Z"), old.url(), fresh.body());
                ingestion.uploads().add(List.of(replacement), Origin.UPLOAD, "replace");
                uploaded.set(uploaded.indexOf(old), replacement);
            } else {
                List<Article> batch = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    batch.add(TestArticles.article("u" + op + "-" + i, 5 + random.nextInt(40)));
                }
                ingestion.uploads().add(batch, Origin.UPLOAD, "batch");
                uploaded.addAll(batch);
            }
        }
    }
}
