/**
 * The scale-out store: articles, chunks (BM25 text and vectors) and conversations in a SolrCloud collection, reached
 * with SolrJ's JDK-HTTP client and fail-over across the listed nodes ({@link newsdesk.solr.SolrNodes}).
 * {@link newsdesk.solr.SolrStore} is an {@link newsdesk.retrieve.ArticleStore} (the reading side, ranking with the
 * same {@link newsdesk.retrieve.HybridFusion} as the built-in store), {@link newsdesk.solr.SolrWriter} the writing
 * side, {@link newsdesk.solr.SolrConversations} a {@link newsdesk.answer.ConversationStore};
 * {@link newsdesk.solr.SolrInitCommand} creates the collection from the configset shipped in the jar. See
 * docs/scale-out.md.
 */
package newsdesk.solr;
