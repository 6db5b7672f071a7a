/**
 * Retrieval: lexical (BM25), vector and hybrid {@link newsdesk.retrieve.Retriever}s, the
 * {@link newsdesk.retrieve.MentionBoostRetriever} decorator, rank fusion ({@link newsdesk.retrieve.RankFusion},
 * {@link newsdesk.retrieve.HybridFusion}, shared with the Solr store), and {@link newsdesk.retrieve.PassageSearch},
 * which turns ranked chunks into the passages users see.
 *
 * <p>Names, decided once: the <em>corpus</em> is what the {@code index} package holds ({@code Corpus} is one
 * immutable view of it, {@code CorpusIndex} its single writer, {@code DurableIndex} that writer made durable over
 * {@code SnapshotStore}); an <em>article store</em> is what {@code QaService} reads from: the
 * {@link newsdesk.retrieve.ArticleStore} interface, implemented here by {@link newsdesk.retrieve.InMemoryArticleStore}
 * (over the corpus) and by {@code newsdesk.solr.SolrStore} (a SolrCloud collection).
 */
package newsdesk.retrieve;
