package newsdesk.slack;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;

/**
 * What the Slack route tests share: the real QA stack over the fixture corpus, loaded once per test class, and a
 * harness (routes on a random port, a fake of Slack's Web API, a clock) started by each test with an answer budget.
 */
abstract class SlackRouteFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUESTION = SlackEvents.QUESTION;

    @TempDir
    static Path data;
    static Newsdesk desk;

    SlackHarness harness;

    @BeforeAll
    static void load() {
        desk = SlackDesk.start(data);
    }

    @AfterAll
    static void unload() throws Exception {
        desk.close();
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    SlackHarness start(Duration budget) throws Exception {
        harness = new SlackHarness(SlackDesk.asker(desk), slack -> SlackHarness.enabled(slack, budget));
        return harness;
    }
}
