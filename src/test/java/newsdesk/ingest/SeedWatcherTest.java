package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

class SeedWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void theFingerprintSeesAddedChangedAndRemovedFilesButNotHiddenOnes() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("f", 2, 3));
        List<String> before = SeedWatcher.fingerprint(seeds);
        assertThat(before).hasSize(2);
        Files.writeString(seeds.resolve(".editor-swap.json"), "{}");
        Files.createDirectories(seeds.resolve(".git"));
        Files.writeString(seeds.resolve(".git/HEAD"), "ref");
        assertThat(SeedWatcher.fingerprint(seeds)).isEqualTo(before);
        Path file = seeds.resolve("f0.json");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertThat(SeedWatcher.fingerprint(seeds)).isNotEqualTo(before);
        Files.delete(file);
        assertThat(SeedWatcher.fingerprint(seeds)).hasSize(1);
        assertThat(SeedWatcher.fingerprint(tmp.resolve("missing"))).isEmpty();
    }

    @Test
    void watchingKeepsTheIndexInSyncWithTheSeedsFolder() throws Exception {
        Path seeds = tmp.resolve("seeds");
        TestArticles.writeEach(seeds, TestArticles.articles("w", 2, 4));
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, tmp.resolve("data")), new HashingEmbedder(),
                Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(desk.qa().articleCount()).isEqualTo(2);
            try (SeedWatcher watcher = desk.ingestion().seeds().watch(Duration.ofMillis(50))) {
                Article added = TestArticles.article("w-new", 4);
                TestArticles.writeJson(seeds.resolve("sub/w-new.json"), List.of(added));
                awaitTrue(() -> desk.qa().article(added.id()).isPresent());
                Files.delete(seeds.resolve("w0.json"));
                awaitTrue(() -> desk.qa().articleCount() == 2);
                assertThat(desk.qa().article(added.id())).isPresent();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
