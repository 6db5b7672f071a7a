package newsdesk.index;

import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.article.Article;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

public class SnapshotStoreTest {

    private static final HashingEmbedder EMBEDDER = new HashingEmbedder();
    private static final IndexProfile PROFILE = new IndexProfile(EMBEDDER.modelId(), EMBEDDER.dimension(), 40, 1, true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    public static List<StoredArticle> stored(List<Article> articles, Origin origin) {
        Ingestor ingestor = new Ingestor(new Chunker(new SentenceSplitter(), EMBEDDER::countTokens, 40, 1), EMBEDDER,
                new CorpusIndex(EMBEDDER.dimension()), true);
        List<StoredArticle> stored = new ArrayList<>();
        for (EmbeddedArticle e : ingestor.embed(ingestor.chunk(articles), Ingestor.Progress.NONE)) {
            stored.add(new StoredArticle(e, new Provenance(origin, origin == Origin.UPLOAD ? null : "f.json",
                    e.chunked().article().contentHash())));
        }
        return stored;
    }

    @Test
    void aWrittenGenerationLoadsBackExactly() {
        Article bare = new Article("bare", "No optional fields", null, null, null, null, "Just a body. Two sentences.");
        List<Article> articles = new ArrayList<>(TestArticles.articles("r", 3, 20));
        articles.add(bare);
        List<StoredArticle> written = stored(articles, Origin.INGEST);
        written.set(3, stored(List.of(bare), Origin.UPLOAD).get(0));
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            assertThat(store.write(written)).isEqualTo(1);
        }
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            SnapshotStore.Loaded loaded = store.load();
            assertThat(loaded.generation()).isEqualTo(1);
            assertThat(loaded.stale()).isFalse();
            assertThat(loaded.rejected()).isEmpty();
            assertThat(loaded.articles()).hasSize(written.size());
            for (int i = 0; i < written.size(); i++) {
                StoredArticle expected = written.get(i);
                StoredArticle actual = loaded.articles().get(i);
                assertThat(actual.provenance()).isEqualTo(expected.provenance());
                assertThat(actual.embedded().chunked()).isEqualTo(expected.embedded().chunked());
                for (int v = 0; v < expected.embedded().vectors().size(); v++) {
                    assertThat(actual.embedded().vectors().get(v)).containsExactly(expected.embedded().vectors().get(v));
                }
            }
            assertThat(store.verify(1)).isEmpty();
        }
    }

    @Test
    void keepsTheCurrentAndPreviousGenerationOnlyAndCleansLeftovers() throws Exception {
        List<StoredArticle> articles = stored(TestArticles.articles("g", 2, 5), Origin.SEEDS);
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            for (int i = 0; i < 4; i++) {
                store.write(articles);
            }
            assertThat(store.generations()).containsExactly(3L, 4L);
        }
        Files.createDirectories(dir.resolve("gen-000005.tmp"));
        Files.writeString(dir.resolve("gen-000005.tmp").resolve("articles.jsonl"), "half written");
        Files.createDirectories(dir.resolve("gen-000002.del"));
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            store.load();
            assertThat(names()).containsExactly("LOCK", "gen-000003", "gen-000004");
            assertThat(store.write(articles)).isEqualTo(5);
            assertThat(names()).containsExactly("LOCK", "gen-000004", "gen-000005");
        }
    }

    @Test
    void aSecondProcessOnTheSameDirectoryReadsButNeverWrites() {
        List<StoredArticle> articles = stored(TestArticles.articles("l", 1, 5), Origin.SEEDS);
        try (SnapshotStore owner = new SnapshotStore(dir, PROFILE, CLOCK);
             SnapshotStore other = new SnapshotStore(dir, PROFILE, CLOCK)) {
            owner.write(articles);
            assertThat(other.writable()).isFalse();
            assertThat(other.load().articles()).hasSize(1);
            assertThatThrownBy(() -> other.write(articles)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another");
        }
    }

    @Test
    void aSnapshotOfAnotherModelOrChunkingIsStale() {
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            store.write(stored(TestArticles.articles("m", 2, 5), Origin.SEEDS));
        }
        IndexProfile other = new IndexProfile("minilm", EMBEDDER.dimension(), 96, 1, true);
        try (SnapshotStore store = new SnapshotStore(dir, other, CLOCK)) {
            SnapshotStore.Loaded loaded = store.load();
            assertThat(loaded.stale()).isTrue();
            assertThat(loaded.staleReason()).contains("model hashing-test instead of minilm")
                    .contains("chunks of 40 tokens");
            assertThat(loaded.articles()).hasSize(2);
        }
    }

    @Test
    void aSnapshotOfAnotherDimensionIsStaleNotCorrupt() {
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            store.write(stored(TestArticles.articles("d", 2, 5), Origin.UPLOAD));
        }
        IndexProfile wider = new IndexProfile(EMBEDDER.modelId(), 768, PROFILE.maxTokens(), PROFILE.overlapSentences(),
                PROFILE.embedTitles());
        try (SnapshotStore store = new SnapshotStore(dir, wider, CLOCK)) {
            SnapshotStore.Loaded loaded = store.load();
            assertThat(loaded.rejected()).isEmpty();
            assertThat(loaded.staleReason()).isEqualTo("dimension " + EMBEDDER.dimension() + " instead of 768");
            assertThat(loaded.articles()).extracting(a -> a.provenance().origin()).containsOnly(Origin.UPLOAD);
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        List<StoredArticle> articles = stored(TestArticles.articles("w", 1, 5), Origin.SEEDS);
        IndexProfile wrongDimension = new IndexProfile(EMBEDDER.modelId(), 3, 40, 1, true);
        try (SnapshotStore store = new SnapshotStore(dir, wrongDimension, CLOCK)) {
            assertThatThrownBy(() -> store.write(articles)).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.generations()).isEmpty();
        }
        assertThat(names()).containsExactly("LOCK");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedDirectorySyncAfterTheRenameLeavesNoTraceAndLaterWritesWork() throws Exception {
        List<StoredArticle> first = stored(TestArticles.articles("first", 2, 5), Origin.INGEST);
        List<StoredArticle> refused = stored(TestArticles.articles("refused", 3, 5), Origin.UPLOAD);
        List<StoredArticle> later = stored(TestArticles.articles("later", 4, 5), Origin.UPLOAD);
        java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean();
        SnapshotStore.DirectorySync faulty = directory -> {
            if (failing.get()) {
                throw new java.io.IOException("injected: fsync of " + directory + " failed");
            }
            GenerationFiles.fsyncDirectory(directory);
        };
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK, faulty)) {
            store.load();
            assertThat(store.write(first)).isEqualTo(1);
            failing.set(true);
            assertThatThrownBy(() -> store.write(refused)).isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("injected");
            assertThat(store.generations()).as("the refused change is not left on disk").containsExactly(1L);
            failing.set(false);
            long written = store.write(later);
            assertThat(written).isGreaterThan(1);
            assertThat(store.generations()).contains(written);
        }
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            SnapshotStore.Loaded loaded = store.load();
            assertThat(loaded.articles()).extracting(a -> a.embedded().chunked().article().id())
                    .containsExactlyElementsOf(later.stream().map(a -> a.embedded().chunked().article().id()).toList());
        }
    }

    @Test
    void aRefusedChangeDoesNotReappearAfterARestart() throws Exception {
        List<StoredArticle> first = stored(TestArticles.articles("first", 2, 5), Origin.INGEST);
        List<StoredArticle> refused = stored(TestArticles.articles("refused", 3, 5), Origin.UPLOAD);
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK, directory -> {
            throw new java.io.IOException("injected: fsync failed");
        })) {
            store.load();
            assertThatThrownBy(() -> store.write(first)).isInstanceOf(java.io.UncheckedIOException.class);
        }
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            assertThat(store.load().generation()).isZero();
            assertThat(store.write(first)).isEqualTo(1);
        }
        java.util.concurrent.atomic.AtomicInteger syncs = new java.util.concurrent.atomic.AtomicInteger();
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK, directory -> {
            if (syncs.incrementAndGet() == 1) {
                throw new java.io.IOException("injected: fsync failed");
            }
            GenerationFiles.fsyncDirectory(directory);
        })) {
            store.load();
            assertThatThrownBy(() -> store.write(refused)).isInstanceOf(java.io.UncheckedIOException.class);
        }
        try (SnapshotStore store = new SnapshotStore(dir, PROFILE, CLOCK)) {
            SnapshotStore.Loaded loaded = store.load();
            assertThat(loaded.generation()).isEqualTo(1);
            assertThat(loaded.articles()).hasSize(first.size());
        }
    }
}
