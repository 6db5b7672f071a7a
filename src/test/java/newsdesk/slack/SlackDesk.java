package newsdesk.slack;

import java.nio.file.Path;

import newsdesk.Newsdesk;
import newsdesk.article.Filters;
import newsdesk.testing.TestDesks;

/** The real QA stack over this package's small fixture corpus, with the deterministic hashing embedder. */
final class SlackDesk {

    static final Path CORPUS = Path.of("src/test/resources/slack-corpus");
    static final String BRIDGE_URL = "https://news.example/harbor/westgate-bridge?ref=newsdesk&lang=en";
    /** {@link #BRIDGE_URL} as it must appear inside a Slack link. */
    static final String BRIDGE_LINK = "https://news.example/harbor/westgate-bridge?ref=newsdesk&amp;lang=en";
    static final String BRIDGE_TITLE_ESCAPED = "Westgate Bridge Opens After Six Years &amp; &lt;$1.2 Billion&gt;";

    private SlackDesk() {
    }

    /** Loads the corpus and asks once, so the first answer a test waits for is not also the JVM's first. */
    static Newsdesk start(Path dataDir) {
        Newsdesk desk = TestDesks.hashing(CORPUS, dataDir);
        desk.qa().ask("How much did the Westgate bridge cost?", null, Filters.NONE);
        return desk;
    }

    /** What {@link SlackRoutes#register(io.javalin.config.JavalinConfig, newsdesk.qa.QaService, SlackSettings,
     * java.time.Clock, java.net.http.HttpClient, java.util.concurrent.ExecutorService)} asks, as a seam to count. */
    static Asker asker(Newsdesk desk) {
        return (question, conversationId) -> desk.qa().ask(question, conversationId, Filters.NONE);
    }
}
