package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.ingest.Ingestor;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestDesks;

/**
 * The answerer's OpenNLP models are read while Newsdesk starts, not by the first question: once start-up returns
 * and the corpus is ready, they are loaded although nothing has been asked.
 */
class AnswerModelsTest {

    @TempDir
    Path data;

    @Test
    void theModelsAreLoadedOnceTheSeedsAreReady() throws Exception {
        try (Newsdesk desk = desk()) {
            desk.ingestSeeds(Ingestor.Progress.NONE);

            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.answerModelsLoaded()).isTrue();
        }
    }

    @Test
    void theModelsAreLoadedOnceASnapshotIsRestored() throws Exception {
        try (Newsdesk first = desk()) {
            first.ingestSeeds(Ingestor.Progress.NONE);
        }
        try (Newsdesk desk = desk()) {
            desk.restore();

            assertThat(desk.qa().chunkCount()).isPositive();
            assertThat(desk.qa().ready()).isTrue();
            assertThat(desk.answerModelsLoaded()).isTrue();
        }
    }

    private Newsdesk desk() {
        return Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, data, Map.of()), new HashingEmbedder(),
                Clock.systemUTC());
    }
}
