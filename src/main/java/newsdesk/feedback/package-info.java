/**
 * Readers' feedback on answers: the recent answers a rating can refer to (bounded, expiring), the rating records
 * ({@link newsdesk.feedback.Feedback}: 👍/👎, comment, correction, and the question, answer, citations and settings
 * that made the answer), and where they are kept: an append-only JSON Lines log in the data directory, or Solr
 * documents under {@code --store solr}.
 */
package newsdesk.feedback;
