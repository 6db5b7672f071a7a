package newsdesk.slack;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;
import newsdesk.answer.Answer;
import newsdesk.slack.SlackSettings.ResponseType;
import newsdesk.web.Refusal;

/**
 * {@code POST /slack/commands}: verifies the signature on the raw body, then answers within the budget, or
 * acknowledges with an ephemeral "Looking into it…" and posts the answer to {@code response_url} once (plus one
 * retry), which stays inside Slack's "up to 5 times within 30 minutes". Slack's certificate probe
 * ({@code ssl_check=1&token=…}, which Slack sends without signature headers) gets an empty 200 and nothing else
 * happens; a body with any other field needs a valid signature like every request. A signed request seen before
 * (same signature, so same timestamp and body) is refused with 409 {@code replayed}.
 * <pre>curl -X POST localhost:7070/slack/commands -H "X-Slack-Request-Timestamp: $TS" -H "X-Slack-Signature: $SIG" \
 *     --data "$BODY"   # $SIG signs exactly $BODY, see docs/slack.md</pre>
 */
final class SlashCommandHandler implements Handler {

    static final String WORKING = "Looking into it…";
    static final String FAILED = "Sorry, something went wrong while answering. Please try again.";
    static final String TOO_SLOW = "That took too long to answer here. Please try again.";
    /** Slack: a response_url accepts up to 5 posts within 30 minutes. */
    static final Duration RESPONSE_URL_LIFETIME = Duration.ofMinutes(30);
    static final Set<String> SSL_CHECK_FIELDS = Set.of("ssl_check", "token");
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandHandler.class);

    private final SlackSignatureVerifier verifier;
    private final SlackContext slack;
    private final ExpiringCache<Boolean> seen;

    /** {@code seen} remembers signatures for {@link SlackRoutes#REPLAY_WINDOW}: a signed request runs once. */
    SlashCommandHandler(SlackSignatureVerifier verifier, SlackContext slack, ExpiringCache<Boolean> seen) {
        this.verifier = verifier;
        this.slack = slack;
        this.seen = seen;
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        byte[] body = ctx.bodyAsBytes();
        Map<String, String> form = FormBody.parse(body);
        if (isSslCheck(form)) {
            ctx.status(200);
            return;
        }
        Responses.requireSigned(ctx, verifier, body);
        // the signature covers timestamp and body: the same one again is a captured request played back
        if (!seen.putIfAbsent(ctx.header(SlackSignatureVerifier.SIGNATURE_HEADER), Boolean.TRUE)) {
            throw new Refusal(409, "replayed", "this signed request was already received");
        }
        String text = SlackText.plain(form.get("text"));
        CommandText command = CommandText.parse(text, slack.settings().responseType());
        if (command.wantsUsage()) {
            reply(ctx, slack.renderer().notice(CommandText.USAGE), ResponseType.EPHEMERAL);
            return;
        }
        Instant received = slack.clock().instant();
        CompletableFuture<Answer> pending = CompletableFuture.supplyAsync(
                () -> slack.asker().ask(command.question(), null), slack.executor());
        try {
            Answer answer = pending.get(slack.settings().answerBudget().toMillis(), TimeUnit.MILLISECONDS);
            reply(ctx, slack.renderer().render(answer), command.responseType());
        } catch (ExecutionException e) {
            reply(ctx, failure(e.getCause()), ResponseType.EPHEMERAL);
        } catch (TimeoutException e) {
            String responseUrl = form.get("response_url");
            if (!slack.settings().allowsResponseUrl(responseUrl)) {
                // the URL itself is a credential to post in the channel: never logged
                LOG.warn("slow answer and a response_url outside NEWSDESK_SLACK_RESPONSE_URL_PREFIXES; not posted");
                reply(ctx, slack.renderer().notice(TOO_SLOW), ResponseType.EPHEMERAL);
                return;
            }
            reply(ctx, slack.renderer().notice(WORKING), ResponseType.EPHEMERAL);
            pending.whenCompleteAsync((answer, error) -> deliver(URI.create(responseUrl), received, answer, error,
                    command.responseType()), slack.executor());
        }
    }

    /** Slack's probe carries {@code ssl_check=1} and at most its legacy {@code token}; nothing may ride along. */
    static boolean isSslCheck(Map<String, String> form) {
        return "1".equals(form.get("ssl_check")) && SSL_CHECK_FIELDS.containsAll(form.keySet());
    }

    private void deliver(URI responseUrl, Instant received, Answer answer, Throwable error, ResponseType type) {
        if (slack.clock().instant().isAfter(received.plus(RESPONSE_URL_LIFETIME))) {
            LOG.warn("answer ready after its response_url expired; dropped");
            return;
        }
        ObjectNode message = error == null ? slack.renderer().render(answer) : failure(error);
        message.put("response_type", (error == null ? type : ResponseType.EPHEMERAL).wire())
                .put("replace_original", false);
        if (!slack.client().postResponse(responseUrl, message)) {
            LOG.warn("could not deliver a slash command answer to its response_url");
        }
    }

    private ObjectNode failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof RefusedException refused) {
            return slack.renderer().notice(refused.getMessage());
        }
        LOG.error("slash command failed", cause);
        return slack.renderer().notice(FAILED);
    }

    private static void reply(Context ctx, ObjectNode message, ResponseType type) {
        message.put("response_type", type.wire());
        Responses.json(ctx, 200, message);
    }
}
