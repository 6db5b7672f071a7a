package newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.feedback.Feedback;

/**
 * The Block Kit modal that follows a 👎: one optional multi-line comment, opened with {@code views.open} on the
 * button's {@code trigger_id}. The answer id travels in the view's {@code private_metadata} and comes back, in a
 * request Slack signs, with the {@code view_submission} (the comment) or the {@code view_closed} (none, since
 * {@code notify_on_close} is set) that records the 👎.
 */
final class FeedbackModal {

    static final String CALLBACK_ID = "newsdesk_feedback_comment";
    static final String BLOCK_ID = "comment";
    static final String ACTION_ID = "comment";

    private FeedbackModal() {
    }

    /** The modal asking for a comment on answer {@code answerId}. */
    static ObjectNode view(String answerId) {
        ObjectNode view = JsonNodeFactory.instance.objectNode().put("type", "modal").put("callback_id", CALLBACK_ID)
                .put("private_metadata", answerId).put("notify_on_close", true);
        view.putObject("title").put("type", "plain_text").put("text", "Not helpful");
        view.putObject("submit").put("type", "plain_text").put("text", "Send");
        view.putObject("close").put("type", "plain_text").put("text", "Skip");
        ObjectNode input = view.putArray("blocks").addObject().put("type", "input").put("block_id", BLOCK_ID)
                .put("optional", true);
        input.putObject("label").put("type", "plain_text").put("text", "What was wrong or missing? (optional)");
        input.putObject("element").put("type", "plain_text_input").put("action_id", ACTION_ID)
                .put("multiline", true).put("max_length", Feedback.MAX_COMMENT_CHARS);
        return view;
    }

    /** Whether a {@code view_submission} or {@code view_closed} payload is about this modal. */
    static boolean isOurs(JsonNode payload) {
        return CALLBACK_ID.equals(payload.path("view").path("callback_id").asText());
    }

    static String answerId(JsonNode payload) {
        return payload.path("view").path("private_metadata").asText("");
    }

    /** The comment typed into a submitted modal, {@code null} when none. */
    static String comment(JsonNode payload) {
        JsonNode value = payload.path("view").path("state").path("values").path(BLOCK_ID).path(ACTION_ID)
                .path("value");
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
