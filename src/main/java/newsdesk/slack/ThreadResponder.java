package newsdesk.slack;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;
import newsdesk.answer.Answer;

/**
 * Answers an {@code app_mention} or a direct message ({@code message.im}) in its thread through
 * {@code chat.postMessage}: {@code thread_ts} is the event's {@code thread_ts}, or its {@code ts} when it starts one.
 * Ignores messages from bots (any {@code bot_id}, subtype {@code bot_message}, or the bot's own user) so it never
 * answers itself, answers each message once even when both {@code app_mention} and {@code message.im} announce it,
 * and keeps one {@link newsdesk.qa.QaService} conversation per thread so follow-ups in a thread work. Without a bot
 * token it cannot reply, so it does not ask either.
 */
final class ThreadResponder {

    static final String USAGE = "Ask me about the news, e.g. \"who attended the parade in Beijing?\"";
    /** Message subtypes that are still a person writing to us; edits, joins, deletions and bots are not. */
    static final Set<String> ANSWERED_SUBTYPES = Set.of("thread_broadcast", "file_share");
    private static final Logger LOG = LoggerFactory.getLogger(ThreadResponder.class);

    private final SlackContext slack;
    private final ExpiringCache<Boolean> seenMessages;
    private final ExpiringCache<String> threadConversations;

    ThreadResponder(SlackContext slack, ExpiringCache<Boolean> seenMessages,
                    ExpiringCache<String> threadConversations) {
        this.slack = slack;
        this.seenMessages = seenMessages;
        this.threadConversations = threadConversations;
    }

    /** Handles one verified, deduplicated {@code event_callback} payload; never throws. */
    void respond(JsonNode payload) {
        try {
            answer(payload);
        } catch (RuntimeException e) {
            LOG.error("could not answer Slack event {}", payload.path("event_id").asText("?"), e);
        }
    }

    private void answer(JsonNode payload) {
        JsonNode event = payload.path("event");
        String type = field(event, "type");
        boolean direct = "message".equals(type) && "im".equals(field(event, "channel_type"));
        String botUser = botUserId(payload);
        String subtype = field(event, "subtype");
        if (!("app_mention".equals(type) || direct) || fromBot(event, botUser)
                || (subtype != null && !ANSWERED_SUBTYPES.contains(subtype))) {
            return;
        }
        String channel = field(event, "channel");
        if (!slack.client().canPost()) {
            LOG.warn("SLACK_BOT_TOKEN is not set: not answering the message in channel {}", channel);
            return;
        }
        String ts = field(event, "ts");
        if (channel == null || ts == null || !seenMessages.putIfAbsent(channel + "/" + ts, Boolean.TRUE)) {
            return;
        }
        String threadTs = field(event, "thread_ts") == null ? ts : field(event, "thread_ts");
        String question = question(field(event, "text"), botUser);
        ObjectNode reply = question.isEmpty() ? slack.renderer().notice(USAGE)
                : answerIn(channel + "/" + threadTs, question);
        slack.client().postMessage(channel, threadTs, reply);
    }

    private ObjectNode answerIn(String thread, String question) {
        String conversation = threadConversations.get(thread);
        try {
            Answer answer = ask(question, conversation);
            if (answer.conversationId() != null) {
                threadConversations.put(thread, answer.conversationId());
            }
            return slack.renderer().render(answer);
        } catch (RefusedException e) {
            return slack.renderer().notice(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("answering a Slack message failed", e);
            return slack.renderer().notice(SlashCommandHandler.FAILED);
        }
    }

    /** Asks within the thread's conversation, starting a new one if QaService has forgotten it. */
    private Answer ask(String question, String conversation) {
        try {
            return slack.asker().ask(question, conversation);
        } catch (RefusedException e) {
            if (conversation != null && e.kind() == RefusedException.Kind.NOT_FOUND) {
                return slack.asker().ask(question, null);
            }
            throw e;
        }
    }

    static boolean fromBot(JsonNode event, String botUser) {
        return field(event, "bot_id") != null || event.hasNonNull("bot_profile")
                || "bot_message".equals(field(event, "subtype"))
                || (botUser != null && botUser.equals(field(event, "user")));
    }

    /** The bot's own user id, from the payload's {@code authorizations}. */
    static String botUserId(JsonNode payload) {
        for (JsonNode authorization : payload.path("authorizations")) {
            if (authorization.path("is_bot").asBoolean(false) && field(authorization, "user_id") != null) {
                return field(authorization, "user_id");
            }
        }
        return null;
    }

    /** The question as plain text: the bot's mention removed (or any leading mention when its id is unknown). */
    static String question(String text, String botUser) {
        if (text == null) {
            return "";
        }
        return SlackText.plain(botUser == null ? text.replaceFirst("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>", "")
                : text.replaceAll("<@" + Pattern.quote(botUser) + "(\\|[^>]*)?>", ""));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }
}
