package newsdesk.index;

import newsdesk.ingest.IngestReport;
import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.testing.CountingEmbedder;
import newsdesk.testing.TestArticles;

class RestartReconcileTest {

    @TempDir
    Path tmp;

    private Newsdesk open(CountingEmbedder embedder) {
        Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")), embedder,
                Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    private static List<String> ids(Newsdesk desk) {
        return desk.qa().articles(0, 1000).stream().map(Article::id).sorted().toList();
    }

    @Test
    void restartLoadsTheSnapshotAndEmbedsOnlyWhatChangedInTheSeeds() throws Exception {
        Path seeds = tmp.resolve("seeds");
        List<Article> first = TestArticles.articles("s", 4, 6);
        TestArticles.writeEach(seeds, first);
        CountingEmbedder initial = new CountingEmbedder();
        List<String> before;
        try (Newsdesk desk = open(initial)) {
            before = ids(desk);
            assertThat(before).hasSize(4);
            assertThat(initial.embedded()).isEqualTo(desk.qa().chunkCount());
        }

        CountingEmbedder unchanged = new CountingEmbedder();
        try (Newsdesk desk = open(unchanged)) {
            assertThat(ids(desk)).isEqualTo(before);
            assertThat(unchanged.embedded()).isZero();
            assertThat(desk.qa().search(TestArticles.topic("s2"), 1, null).get(0).article().id())
                    .isEqualTo(first.get(2).id());
        }

        Article edited = TestArticles.article("s1", 9);
        Article edit = new Article(first.get(1).id(), edited.title(), edited.source(), null, edited.publishedAt(),
                first.get(1).url(), edited.body());
        TestArticles.writeJson(seeds.resolve("s1.json"), List.of(edit));
        Files.delete(seeds.resolve("s3.json"));
        Article added = TestArticles.article("s9", 3);
        TestArticles.writeJson(seeds.resolve("nested/s9.json"), List.of(added));
        Files.move(seeds.resolve("s0.json"), seeds.resolve("renamed-s0.json"));
        CountingEmbedder changed = new CountingEmbedder();
        try (Newsdesk desk = open(changed)) {
            assertThat(ids(desk)).containsExactlyInAnyOrder(first.get(0).id(), first.get(1).id(), first.get(2).id(),
                    added.id());
            Ingestor ingestor = chunksOf(desk);
            int expected = ingestor.chunk(List.of(edit, added)).stream().mapToInt(c -> c.chunks().size()).sum();
            assertThat(changed.embedded()).isEqualTo(expected);
            assertThat(desk.qa().article(first.get(1).id()).orElseThrow().body()).isEqualTo(edit.body());
            assertThat(desk.ingestion().status().byOrigin()).containsEntry(Origin.SEEDS, 4);
        }
    }

    @Test
    void seedSyncNeverRemovesIngestedArticlesAndANewModelReembedsEverything() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("s", 2, 4));
        Path extra = TestArticles.writeJson(tmp.resolve("extra/more.json"), TestArticles.articles("x", 3, 4));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            IngestReport report = desk.ingest(extra, Ingestor.Progress.NONE);
            assertThat(report.articles()).isEqualTo(3);
            assertThat(desk.qa().articleCount()).isEqualTo(5);
        }
        try (var files = Files.list(seeds)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (Newsdesk desk = open(new CountingEmbedder())) {
            assertThat(desk.qa().articleCount()).isEqualTo(3);
            assertThat(desk.ingestion().status().byOrigin()).containsEntry(Origin.INGEST, 3)
                    .containsEntry(Origin.SEEDS, 0);
        }
        CountingEmbedder other = new CountingEmbedder("hashing-test-v2");
        try (Newsdesk desk = open(other)) {
            assertThat(desk.qa().articleCount()).isEqualTo(3);
            assertThat(other.embedded()).isEqualTo(desk.qa().chunkCount());
            assertThat(desk.ingestion().status().byOrigin()).containsEntry(Origin.INGEST, 3);
        }
        CountingEmbedder again = new CountingEmbedder("hashing-test-v2");
        try (Newsdesk desk = open(again)) {
            assertThat(again.embedded()).isZero();
            assertThat(desk.qa().articleCount()).isEqualTo(3);
        }
    }

    @Test
    void aMissingSeedsFolderRemovesNothing() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("s", 2, 4));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            assertThat(desk.qa().articleCount()).isEqualTo(2);
        }
        Files.move(seeds, tmp.resolve("elsewhere"));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            assertThat(desk.qa().articleCount()).isEqualTo(2);
        }
    }

    @Test
    void theCorpusIsReadyAfterStartEvenWhenEmptyButNotBefore() throws Exception {
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("empty"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            desk.restore();
            assertThat(desk.qa().ready()).isFalse();
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.qa().articleCount()).isZero();
        }
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("r", 2, 4));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            assertThat(desk.qa().articleCount()).isEqualTo(2);
        }
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            desk.restore();
            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.qa().articleCount()).isEqualTo(2);
        }
    }

    @Test
    void ingestingWithANewModelKeepsWhatTheOldSnapshotHeld() throws Exception {
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("s", 3, 4));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            assertThat(desk.qa().articleCount()).isEqualTo(3);
        }
        Path extra = TestArticles.writeJson(tmp.resolve("extra.json"), TestArticles.articles("x", 2, 4));
        CountingEmbedder other = new CountingEmbedder("another-model");
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")), other,
                Clock.systemUTC())) {
            desk.ingest(extra, Ingestor.Progress.NONE);
            assertThat(desk.qa().articleCount()).isEqualTo(5);
        }
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder("another-model"), Clock.systemUTC())) {
            desk.restore();
            assertThat(desk.qa().articleCount()).isEqualTo(5);
            assertThat(desk.ingestion().status().byOrigin()).containsEntry(Origin.SEEDS, 3)
                    .containsEntry(Origin.INGEST, 2);
        }
    }

    @Test
    void ingestingTheSameFolderAgainEmbedsOnlyNewOrChangedArticles() throws Exception {
        Path folder = tmp.resolve("extra");
        List<Article> articles = TestArticles.articles("x", 3, 6);
        TestArticles.writeEach(folder, articles);
        try (Newsdesk desk = open(new CountingEmbedder())) {
            IngestReport report = desk.ingest(folder, Ingestor.Progress.NONE);
            assertThat(report.articles()).isEqualTo(3);
            assertThat(report.unchanged()).isZero();
        }
        CountingEmbedder again = new CountingEmbedder();
        try (Newsdesk desk = open(again)) {
            long generation = desk.ingestion().status().generation();
            IngestReport report = desk.ingest(folder, Ingestor.Progress.NONE);
            assertThat(report.articles()).isZero();
            assertThat(report.chunks()).isZero();
            assertThat(report.unchanged()).isEqualTo(3);
            assertThat(again.embedded()).isZero();
            assertThat(desk.ingestion().status().generation()).isEqualTo(generation);

            Article edited = TestArticles.article("x1", 8);
            Article edit = new Article(articles.get(1).id(), edited.title(), edited.source(), null,
                    edited.publishedAt(), articles.get(1).url(), edited.body());
            TestArticles.writeJson(folder.resolve("x1.json"), List.of(edit));
            report = desk.ingest(folder, Ingestor.Progress.NONE);
            assertThat(report.articles()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(2);
            int expected = chunksOf(desk).chunk(List.of(edit)).stream().mapToInt(c -> c.chunks().size()).sum();
            assertThat(again.embedded()).isEqualTo(expected);
            assertThat(desk.qa().article(edit.id()).orElseThrow().body()).isEqualTo(edit.body());
        }
    }

    @Test
    void aLargeIngestIsPersistedBatchByBatchWithOverallProgress() throws Exception {
        Path folder = tmp.resolve("bulk");
        TestArticles.writeJson(folder.resolve("bulk.json"), TestArticles.articles("bulk", 80, 60));
        try (Newsdesk desk = open(new CountingEmbedder())) {
            java.util.List<int[]> updates = new java.util.ArrayList<>();
            IngestReport report = desk.ingest(folder, (ad, at, cd, ct) -> updates.add(new int[] {ad, at, cd,
                ct}));
            assertThat(report.chunks()).isGreaterThan(newsdesk.ingest.BulkIngest.BATCH_CHUNKS);
            long batches = (report.chunks() + newsdesk.ingest.BulkIngest.BATCH_CHUNKS - 1)
                    / newsdesk.ingest.BulkIngest.BATCH_CHUNKS;
            assertThat(desk.ingestion().status().generation()).isGreaterThanOrEqualTo(batches);
            assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(80))
                    .allSatisfy(u -> assertThat(u[3]).isEqualTo(report.chunks()));
            assertThat(updates.stream().mapToInt(u -> u[2]).toArray()).isSorted();
            assertThat(updates.get(updates.size() - 1)).containsExactly(80, 80, report.chunks(), report.chunks());
        }
    }

    private static Ingestor chunksOf(Newsdesk desk) {
        var chunker = new newsdesk.chunk.Chunker(new newsdesk.chunk.SentenceSplitter(),
                new newsdesk.testing.HashingEmbedder()::countTokens, desk.settings().chunkTokens(),
                newsdesk.chunk.Chunker.DEFAULT_OVERLAP_SENTENCES);
        return new Ingestor(chunker, new newsdesk.testing.HashingEmbedder(), new CorpusIndex(384), true);
    }

    @Test
    void aFirstStartIsReadyOnlyOnceEverySeedIsIndexed() throws Exception {
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("big", 120, 30));
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            java.util.List<Integer> servedWhileLoading = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean readyWhileLoading = new java.util.concurrent.atomic.AtomicBoolean();
            desk.ingestSeeds((articlesDone, articlesTotal, chunksDone, chunksTotal) -> {
                servedWhileLoading.add(desk.qa().articleCount());
                readyWhileLoading.compareAndSet(false, desk.qa().ready());
            });
            assertThat(servedWhileLoading).as("a first batch was served before the load ended").anyMatch(n -> n > 0);
            assertThat(readyWhileLoading).as("ready while the seeds were still loading").isFalse();
            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.qa().articleCount()).isEqualTo(120);
        }
    }

    @Test
    void aRestartIsReadyAtOnceFromACompleteGenerationButNotFromAnInterruptedFirstLoad() throws Exception {
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("big", 120, 30));
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.ingestSeeds(
                    (articlesDone, articlesTotal, chunksDone, chunksTotal) -> {
                        if (desk.qa().articleCount() > 0) {
                            throw new IllegalStateException("interrupted after the first batch");
                        }
                    })).hasMessageContaining("interrupted");
        }
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            desk.restore();
            assertThat(desk.qa().articleCount()).as("the first batch was kept").isBetween(1, 119);
            assertThat(desk.qa().ready()).as("a partial first load is not ready").isFalse();
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.qa().articleCount()).isEqualTo(120);
        }
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("more", 3, 4));
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")),
                new CountingEmbedder(), Clock.systemUTC())) {
            desk.restore();
            assertThat(desk.qa().ready()).as("a complete earlier generation is served at once").isTrue();
            assertThat(desk.qa().articleCount()).isEqualTo(120);
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(desk.qa().articleCount()).as("new seeds synced in after").isEqualTo(123);
        }
    }
}
