package newsdesk.ingest;

import newsdesk.index.Provenance;
import newsdesk.index.Origin;
import newsdesk.index.CorpusIndex;
import newsdesk.index.DurableIndex;
import newsdesk.index.IndexProfile;
import newsdesk.index.SnapshotStore;
import newsdesk.index.SnapshotStoreTest;
import newsdesk.index.StoredArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.article.Article;
import newsdesk.article.LoadFailure;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/** Table tests of the reconciliation rules ({@link SeedSync#plan(SeedSync.Seeds, Map)}). */
class SeedSyncTest {

    private static final Article A = TestArticles.article("a", 3);
    private static final Article B = TestArticles.article("b", 3);
    private static final Article C = TestArticles.article("c", 3);
    private static final Article A2 = new Article(A.id(), A.title(), A.source(), null, A.publishedAt(), A.url(),
            A.body() + " An update.");

    private static SeedSync.SeedFile file(String name, Article... articles) {
        return new SeedSync.SeedFile(name, List.of(articles), List.of());
    }

    private static SeedSync.SeedFile failed(String name, Article... articles) {
        return new SeedSync.SeedFile(name, List.of(articles), List.of(new LoadFailure(Path.of(name), "line 2: bad")));
    }

    private static Provenance seed(String file, Article article) {
        return new Provenance(Origin.SEEDS, file, article.contentHash());
    }

    private static SeedSync.Plan plan(List<SeedSync.SeedFile> files, Map<String, Provenance> current) {
        return SeedSync.plan(new SeedSync.Seeds(files, true, List.of()), current);
    }

    private static List<String> embedded(SeedSync.Plan plan) {
        return plan.toEmbed().stream().map(a -> a.article().id()).toList();
    }

    @Test
    void newAndChangedSeedsAreEmbeddedUnchangedOnesAreNot() {
        SeedSync.Plan plan = plan(List.of(file("a.json", A2), file("b.json", B), file("c.json", C)),
                Map.of(A.id(), seed("a.json", A), B.id(), seed("b.json", B)));
        assertThat(embedded(plan)).containsExactly(A.id(), C.id());
        assertThat(plan.toRemove()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.toEmbed().get(0).provenance()).isEqualTo(seed("a.json", A2));
    }

    @Test
    void aSeedThatMovedFileIsRelabelledNotReembedded() {
        SeedSync.Plan plan = plan(List.of(file("renamed/a.json", A)), Map.of(A.id(), seed("a.json", A)));
        assertThat(plan.toEmbed()).isEmpty();
        assertThat(plan.relabels()).containsExactly(Map.entry(A.id(), seed("renamed/a.json", A)));
    }

    @Test
    void seedsGoneFromReadableFilesAreRemovedOthersAreKept() {
        Map<String, Provenance> current = Map.of(
                A.id(), seed("a.json", A),
                B.id(), seed("feed.jsonl", B),
                C.id(), new Provenance(Origin.UPLOAD, "c.html", C.contentHash()));
        SeedSync.Plan plan = plan(List.of(failed("feed.jsonl")), current);
        assertThat(plan.toRemove()).containsExactly(A.id());
        assertThat(plan.failures()).hasSize(1);
        SeedSync.Plan incomplete = SeedSync.plan(new SeedSync.Seeds(List.of(), false, List.of()), current);
        assertThat(incomplete.toRemove()).isEmpty();
    }

    @Test
    void articlesFromIngestOrUploadWinOverSeedsWithTheSameId() {
        Map<String, Provenance> current = Map.of(A.id(), new Provenance(Origin.INGEST, "/news", A.contentHash()));
        SeedSync.Plan plan = plan(List.of(file("a.json", A2)), current);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(1);
    }

    @Test
    void theFirstFileWinsWhenTwoHoldTheSameArticle() {
        SeedSync.Plan plan = plan(List.of(file("1.json", A), file("2.json", A2)), Map.of());
        assertThat(plan.toEmbed()).hasSize(1);
        assertThat(plan.toEmbed().get(0).provenance().file()).isEqualTo("1.json");
        assertThat(plan.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("1.json"));
    }

    @Test
    void aSeedSyncAppliedAfterARacingUploadLeavesTheUploadAlone(@TempDir Path tmp) throws Exception {
        List<StoredArticle> uploaded = SnapshotStoreTest.stored(List.of(A), Origin.UPLOAD);
        List<StoredArticle> seeded = SnapshotStoreTest.stored(List.of(A2, B), Origin.SEEDS);
        HashingEmbedder embedder = new HashingEmbedder();
        try (CorpusIndex index = new CorpusIndex(embedder.dimension());
             SnapshotStore store = new SnapshotStore(tmp, new IndexProfile(embedder.modelId(), embedder.dimension(),
                     40, 1, true), Clock.systemUTC())) {
            DurableIndex durable = new DurableIndex(index, store);
            durable.restore();
            durable.apply(DurableIndex.Change.upsert(uploaded));
            durable.apply(new DurableIndex.Change(seeded, Set.of(A.id()), Map.of(), true));
            assertThat(durable.current().article(A.id()).orElseThrow().body()).isEqualTo(A.body());
            assertThat(durable.provenance().get(A.id()).origin()).isEqualTo(Origin.UPLOAD);
            assertThat(durable.current().article(B.id())).isPresent();
        }
    }
}
