package newsdesk.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.answer.Answer;
import newsdesk.error.RefusedException;
import newsdesk.slack.SlackSettings.ResponseType;
import newsdesk.web.Refusal;

/**
 * {@code POST /mattermost/commands}: a Mattermost custom slash command, verified by its token (sent as
 * {@code Authorization: Token …} and as the {@code token} field, compared in constant time) and answered in the
 * response itself, which Mattermost waits for (its outgoing-integration timeout), as Markdown text plus attachments,
 * the last holding the answer's 👍/👎 buttons ({@link MattermostActions}, posting to {@code /mattermost/actions}).
 * <pre>curl -X POST localhost:7070/mattermost/commands -H "Authorization: Token $TOKEN" -d "text=…"</pre>
 */
final class MattermostCommandHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(MattermostCommandHandler.class);

    private final byte[] tokenDigest;
    private final SlackContext slack;
    private final MattermostRenderer renderer;
    private final MattermostActions actions;

    MattermostCommandHandler(String token, SlackContext slack, MattermostRenderer renderer, MattermostActions actions) {
        this.tokenDigest = digest(token);
        this.slack = slack;
        this.renderer = renderer;
        this.actions = actions;
    }

    @Override
    public void handle(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String authorization = ctx.header("Authorization");
        Map<String, String> form = FormBody.parse(body);
        String given = authorization != null && authorization.startsWith("Token ")
                ? authorization.substring("Token ".length()).strip() : form.get("token");
        if (given == null || !MessageDigest.isEqual(tokenDigest, digest(given))) {
            throw new Refusal(401, "token_invalid", "the Mattermost command token does not match");
        }
        CommandText command = CommandText.parse(form.get("text"), slack.settings().responseType());
        if (command.wantsUsage()) {
            Responses.json(ctx, 200, renderer.notice(CommandText.USAGE, ResponseType.EPHEMERAL));
            return;
        }
        try {
            Answer answer = slack.asker().ask(command.question(), null);
            ObjectNode message = renderer.render(answer, command.responseType());
            if (answer.id() != null) {
                // The buttons post back to this server at the address Mattermost reached the command on.
                String url = ctx.url().replaceFirst(java.util.regex.Pattern.quote(SlackRoutes.MATTERMOST_PATH) + "$",
                        SlackRoutes.MATTERMOST_ACTIONS_PATH);
                ArrayNode attachments = message.has("attachments") ? (ArrayNode) message.get("attachments")
                        : message.putArray("attachments");
                actions.addButtons(attachments, url, answer.id());
            }
            Responses.json(ctx, 200, message);
        } catch (RefusedException e) {
            Responses.json(ctx, 200, renderer.notice(e.getMessage(), ResponseType.EPHEMERAL));
        } catch (RuntimeException e) {
            LOG.error("Mattermost command failed", e);
            Responses.json(ctx, 200, renderer.notice(SlashCommandHandler.FAILED, ResponseType.EPHEMERAL));
        }
    }

    /** Comparing digests keeps the comparison constant-time whatever the lengths. */
    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
