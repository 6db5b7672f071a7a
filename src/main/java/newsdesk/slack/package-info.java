/**
 * The Slack and Mattermost surface: signed slash commands and Events API callbacks in, Block Kit (or Mattermost
 * markdown) answers out. Every request is verified on its raw bytes before anything is parsed; a handler then parses,
 * calls {@link newsdesk.qa.QaService} and renders the {@link newsdesk.answer.Answer}. Slow answers are delivered later
 * through {@code response_url} or {@code chat.postMessage}; Slack's retries are answered exactly once per event.
 */
package newsdesk.slack;
