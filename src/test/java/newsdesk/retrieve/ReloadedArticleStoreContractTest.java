package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;

import newsdesk.Settings;
import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.chunk.Chunker;
import newsdesk.index.CorpusIndex;
import newsdesk.index.DurableIndex;
import newsdesk.index.IndexProfile;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;
import newsdesk.index.SnapshotStore;
import newsdesk.index.StoredArticle;
import newsdesk.testing.HashingEmbedder;

/**
 * The store contract against the in-memory store as a restart leaves it: every write is made durable in a snapshot
 * generation, then the index is thrown away and the store under test is rebuilt from the data directory alone.
 */
class ReloadedArticleStoreContractTest extends ArticleStoreContract {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final Path dataDir = tempDir();
    private final IndexProfile profile = new IndexProfile(embedder.modelId(), embedder.dimension(),
            Settings.defaults().chunkTokens(), Chunker.DEFAULT_OVERLAP_SENTENCES, Settings.defaults().embedTitles());
    private CorpusIndex index;
    private SnapshotStore snapshots;
    private DurableIndex durable;
    private InMemoryArticleStore store;
    private long generation;

    ReloadedArticleStoreContractTest() {
        reload();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsdesk-reloaded-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the current index and builds a new one from the newest snapshot generation only. */
    private void reload() {
        if (index != null) {
            snapshots.close();
            closeIndex();
        }
        index = new CorpusIndex(embedder.dimension());
        snapshots = new SnapshotStore(dataDir, profile, Clock.systemUTC());
        durable = new DurableIndex(index, snapshots);
        DurableIndex.Restored restored = durable.restore();
        assertThat(restored.generation()).as("the generation last written").isEqualTo(generation);
        assertThat(restored.stale()).isEmpty();
        VectorRetriever vectors = new VectorRetriever(embedder);
        store = new InMemoryArticleStore(index::current, new PassageSearch(new MentionBoostRetriever(
                new HybridRetriever(new LexicalRetriever(), vectors, HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                        HybridRetriever.Fusion.SCORES), MentionBoostRetriever.DEFAULT_BOOST),
                PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE, vectors::embed));
    }

    @Override
    protected ArticleStore store() {
        return store;
    }

    @Override
    protected void write(List<Article> articles) {
        List<StoredArticle> stored = SolrWiring.embed(embedder, articles).stream()
                .map(e -> new StoredArticle(e, new Provenance(Origin.UPLOAD, "contract",
                        e.chunked().article().contentHash()))).toList();
        generation = durable.apply(DurableIndex.Change.upsert(stored)).generation();
        reload();
    }

    @Override
    protected void remove(List<String> articleIds) {
        generation = durable.apply(DurableIndex.Change.remove(new HashSet<>(articleIds))).generation();
        reload();
    }

    private void closeIndex() {
        try {
            index.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void close() throws IOException {
        snapshots.close();
        closeIndex();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
