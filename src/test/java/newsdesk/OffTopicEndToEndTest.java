package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.answer.Answer;
import newsdesk.ingest.Ingestor;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.testing.TestDesks;

/**
 * The real all-MiniLM-L6-v2 model over the small test corpus: questions that share words with an article but are
 * about something else are not answered with a quote, because no passage is semantically close to them.
 */
class OffTopicEndToEndTest {

    private static final List<String> OFF_TOPIC = List.of("What is the best way to cut an onion at dawn?",
            "Which winds are best for sailing a small ferry?", "How many legs does a spider have?",
            "How do I raise money for a school trip to Arizona?");

    @TempDir
    Path data;

    private Newsdesk open(Path dir, Map<String, String> env) {
        Newsdesk desk = Newsdesk.create(TestDesks.settings(TestDesks.CORPUS, dir, env));
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    @Test
    void wordOverlapWithoutMeaningIsNotAnAnswerButTheArticlesStillAnswerWhatTheyCover() throws Exception {
        try (Newsdesk desk = open(data.resolve("default"), Map.of())) {
            for (String question : OFF_TOPIC) {
                Answer answer = desk.qa().ask(question, null, Filters.NONE);
                assertThat(answer.abstained()).as(question).isTrue();
                assertThat(answer.citations()).as(question).isEmpty();
            }
            Answer onTopic = desk.qa().ask("How much money did Valley Robotics raise?", null, Filters.NONE);
            assertThat(onTopic.abstained()).isFalse();
            assertThat(onTopic.text()).contains("$80 million");
            List<Passage> passages = desk.qa().search("How much money did Valley Robotics raise?", 3, Filters.NONE);
            assertThat(passages.get(0).similarity()).isGreaterThan(MiniLmFloor.VALUE);
        }
        // The same questions with the similarity floor switched off: the word overlap alone would have been quoted.
        try (Newsdesk desk = open(data.resolve("off"), Map.of("NEWSDESK_MIN_SIMILARITY", "0"))) {
            Answer quoted = desk.qa().ask(OFF_TOPIC.get(0), null, Filters.NONE);
            assertThat(quoted.abstained()).isFalse();
            assertThat(quoted.text()).contains("cut the ribbon at dawn");
        }
    }

    /** The calibrated floor of the bundled model. */
    private static final class MiniLmFloor {
        static final double VALUE = newsdesk.embed.MiniLmEmbedder.UNRELATED_BELOW;
    }
}
