package newsdesk.web;

import newsdesk.article.Filters;

/** The body of {@code POST /api/ask} and {@code POST /api/ask/stream}; {@code conversationId} may be null. */
record AskRequest(String question, String conversationId, Filters filters) {
}
