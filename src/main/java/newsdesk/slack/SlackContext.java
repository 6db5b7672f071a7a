package newsdesk.slack;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

/** The collaborators every Slack handler shares. */
record SlackContext(
        Asker asker,
        SlackSettings settings,
        Clock clock,
        ExecutorService executor,
        SlackClient client,
        SlackRenderer renderer) {
}
