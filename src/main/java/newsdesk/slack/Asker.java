package newsdesk.slack;

import newsdesk.answer.Answer;

/** What the Slack surface needs from {@link newsdesk.qa.QaService}: one question, optionally in a conversation. */
@FunctionalInterface
interface Asker {

    /** Throws {@link newsdesk.error.RefusedException} like {@code QaService.ask}; {@code conversationId} may be {@code null}. */
    Answer ask(String question, String conversationId);
}
