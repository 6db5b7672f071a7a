package newsdesk.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events API payloads shaped like Slack's. */
final class SlackEvents {

    static final String BOT_USER = "UBOT";
    static final String CHANNEL = "C1";
    static final String QUESTION = "How much did the Westgate bridge cost?";

    private SlackEvents() {
    }

    static String urlVerification(String challenge) {
        return JsonNodeFactory.instance.objectNode().put("token", "legacy").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    /** An {@code app_mention} of the bot in {@link #CHANNEL} asking {@link #QUESTION}; top level if no thread. */
    static String mention(String eventId, String ts, String threadTs) {
        return mention(eventId, ts, threadTs, QUESTION);
    }

    static String mention(String eventId, String ts, String threadTs, String question) {
        ObjectNode event = message("app_mention", "<@" + BOT_USER + "> " + question, ts, threadTs);
        return callback(eventId, event.put("channel", CHANNEL));
    }

    /** A direct message to the bot. */
    static String direct(String eventId, String channel, String ts, String text) {
        ObjectNode event = message("message", text, ts, null).put("channel", channel).put("channel_type", "im");
        return callback(eventId, event);
    }

    static ObjectNode message(String type, String text, String ts, String threadTs) {
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("type", type).put("user", "U1")
                .put("text", text).put("ts", ts).put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    static String callback(String eventId, ObjectNode event) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("token", "legacy").put("team_id", "T1")
                .put("api_app_id", "A1").put("type", "event_callback").put("event_id", eventId)
                .put("event_time", 1756720800);
        payload.set("event", event);
        payload.putArray("authorizations").addObject().put("team_id", "T1").put("user_id", BOT_USER)
                .put("is_bot", true);
        return payload.toString();
    }
}
