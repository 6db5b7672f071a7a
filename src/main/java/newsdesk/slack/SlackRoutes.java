package newsdesk.slack;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import newsdesk.qa.QaService;
import newsdesk.feedback.FeedbackService;
import newsdesk.article.Filters;
import newsdesk.web.Refusal;

/**
 * Registers the chat-platform webhooks on a Javalin configuration: {@code POST /slack/commands},
 * {@code POST /slack/events}, {@code POST /slack/interactivity} (the answers' 👍/👎 buttons) and
 * {@code POST /mattermost/commands} with {@code POST /mattermost/actions} (its answers' 👍/👎 buttons). Without {@code SLACK_SIGNING_SECRET} the Slack
 * routes answer 404 (disabled, never open); likewise the Mattermost route without its token. {@code executor} runs
 * the answers that outlive a request (delayed slash-command answers, event replies); {@code http} posts to Slack.
 */
public final class SlackRoutes {

    public static final String COMMANDS_PATH = "/slack/commands";
    public static final String EVENTS_PATH = "/slack/events";
    public static final String MATTERMOST_PATH = "/mattermost/commands";
    public static final String INTERACTIVITY_PATH = "/slack/interactivity";
    public static final String MATTERMOST_ACTIONS_PATH = "/mattermost/actions";
    /** Slack retries an event immediately, after 1 and after 5 minutes; remember ids well past that. */
    static final Duration EVENT_DEDUPE_WINDOW = Duration.ofMinutes(30);
    static final int MAX_REMEMBERED_EVENTS = 20_000;
    /** A timestamp is accepted up to {@link SlackSignatureVerifier#TOLERANCE} either side of now. */
    static final Duration REPLAY_WINDOW = SlackSignatureVerifier.TOLERANCE.multipliedBy(2);
    static final Duration THREAD_CONVERSATION_LIFETIME = Duration.ofHours(24);
    static final int MAX_THREAD_CONVERSATIONS = 2_000;

    private SlackRoutes() {
    }

    /**
     * Registers the routes answering with {@code qa}. {@code clock} checks request timestamps and expires remembered
     * events; {@code http} posts to Slack; {@code executor} runs answers that outlive their request (not shut down
     * here).
     */
    public static void register(JavalinConfig config, QaService qa, SlackSettings settings, Clock clock,
                                HttpClient http, ExecutorService executor) {
        register(config, (question, conversationId) -> qa.ask(question, conversationId, Filters.NONE),
                (answerId, rating, comment, surface) -> qa.feedback(new FeedbackService.Request(answerId, rating,
                        comment, null, surface)),
                settings, clock, http, executor);
    }

    static void register(JavalinConfig config, Asker asker, SlackSettings settings, Clock clock, HttpClient http,
                         ExecutorService executor) {
        register(config, asker, Rater.NONE, settings, clock, http, executor);
    }

    static void register(JavalinConfig config, Asker asker, Rater rater, SlackSettings settings, Clock clock,
                         HttpClient http, ExecutorService executor) {
        SlackContext slack = new SlackContext(asker, settings, clock, executor,
                new SlackClient(http, settings.apiUrl(), settings.botToken()), new SlackRenderer());
        if (settings.slackEnabled()) {
            SlackSignatureVerifier verifier = new SlackSignatureVerifier(settings.signingSecret(), clock);
            WebhookPrecheck precheck = new WebhookPrecheck(verifier);
            config.routes.before(COMMANDS_PATH, precheck::commands);
            config.routes.before(EVENTS_PATH, precheck::events);
            ThreadResponder responder = new ThreadResponder(slack,
                    new ExpiringCache<>(EVENT_DEDUPE_WINDOW, MAX_REMEMBERED_EVENTS, clock),
                    new ExpiringCache<>(THREAD_CONVERSATION_LIFETIME, MAX_THREAD_CONVERSATIONS, clock));
            config.routes.post(COMMANDS_PATH, new SlashCommandHandler(verifier, slack,
                    new ExpiringCache<>(REPLAY_WINDOW, MAX_REMEMBERED_EVENTS, clock)));
            config.routes.post(EVENTS_PATH, new SlackEventHandler(verifier,
                    new ExpiringCache<>(EVENT_DEDUPE_WINDOW, MAX_REMEMBERED_EVENTS, clock), responder, executor));
            config.routes.post(INTERACTIVITY_PATH, new InteractivityHandler(verifier, slack, rater));
        } else {
            config.routes.post(COMMANDS_PATH, ctx -> disabled(ctx, "SLACK_SIGNING_SECRET"));
            config.routes.post(INTERACTIVITY_PATH, ctx -> disabled(ctx, "SLACK_SIGNING_SECRET"));
            config.routes.post(EVENTS_PATH, ctx -> disabled(ctx, "SLACK_SIGNING_SECRET"));
        }
        if (settings.mattermostEnabled()) {
            MattermostActions actions = new MattermostActions(settings.mattermostToken());
            config.routes.post(MATTERMOST_PATH, new MattermostCommandHandler(settings.mattermostToken(), slack,
                    new MattermostRenderer(), actions));
            config.routes.post(MATTERMOST_ACTIONS_PATH, new MattermostActionHandler(actions, rater));
        } else {
            config.routes.post(MATTERMOST_PATH, ctx -> disabled(ctx, "NEWSDESK_MATTERMOST_TOKEN"));
            config.routes.post(MATTERMOST_ACTIONS_PATH, ctx -> disabled(ctx, "NEWSDESK_MATTERMOST_TOKEN"));
        }
    }

    private static void disabled(Context ctx, String variable) {
        throw new Refusal(404, "not_configured", "this integration is disabled: set " + variable + " to enable it");
    }
}
