/**
 * Answers and citations. {@link newsdesk.answer.ExtractiveAnswerer} (the offline default) quotes the best sentences
 * of the evidence; {@link newsdesk.answer.LlmAnswerer} (optional) asks a language model through langchain4j,
 * verifies every citation and falls back to the extractive answer. Conversation memory
 * ({@link newsdesk.answer.ConversationStore} with its {@code Turn}, kept in memory by
 * {@link newsdesk.answer.InMemoryConversationStore} or in Solr) and prompt loading live here too.
 */
package newsdesk.answer;
