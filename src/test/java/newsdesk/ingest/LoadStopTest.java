package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.error.RefusedException;
import newsdesk.testing.CountingEmbedder;
import newsdesk.testing.TestArticles;

class LoadStopTest {

    private static final int ARTICLES = 120;

    @TempDir
    Path tmp;

    private Newsdesk open(CountingEmbedder embedder) {
        return Newsdesk.create(TestArticles.settings(tmp.resolve("seeds"), tmp.resolve("data")), embedder,
                Clock.systemUTC());
    }

    @Test
    void aStopDuringTheInitialLoadEndsItAfterTheBatchInFlightAndTheNextStartResumes() throws Exception {
        TestArticles.writeEach(tmp.resolve("seeds"), TestArticles.articles("big", ARTICLES, 30));
        CountingEmbedder first = new CountingEmbedder();
        int persisted;
        try (Newsdesk desk = open(first)) {
            AtomicInteger updates = new AtomicInteger();
            // The first progress update comes after the first call to the model, in the middle of the first batch.
            assertThatThrownBy(() -> desk.ingestSeeds((ad, at, cd, ct) -> {
                if (updates.incrementAndGet() == 1) {
                    assertThat(cd).as("the stop comes inside the first batch").isLessThan(BulkIngest.BATCH_CHUNKS);
                    desk.ingestion().stop().request();
                }
            })).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("stopping"));

            persisted = desk.qa().chunkCount();
            assertThat(persisted).as("the batch in flight was finished and persisted").isPositive()
                    .isLessThanOrEqualTo(BulkIngest.BATCH_CHUNKS);
            assertThat(first.embedded()).as("nothing embedded after the batch boundary").isEqualTo(persisted);
            assertThat(desk.qa().articleCount()).isBetween(1, ARTICLES - 1);
            assertThat(desk.qa().ready()).isFalse();
            assertThat(desk.ingestion().status().generation()).isEqualTo(1);
        }

        CountingEmbedder second = new CountingEmbedder();
        try (Newsdesk desk = open(second)) {
            IngestReport report = desk.ingestSeeds(Ingestor.Progress.NONE);
            assertThat(desk.qa().articleCount()).isEqualTo(ARTICLES);
            assertThat(desk.qa().ready()).isTrue();
            assertThat(second.embedded()).as("the next start embeds only what the first did not persist")
                    .isEqualTo(desk.qa().chunkCount() - persisted).isEqualTo(report.chunks());
        }
    }
}
