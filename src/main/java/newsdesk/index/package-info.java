/**
 * The corpus: embedding ({@link newsdesk.embed.Embedder} hides the model library), the contiguous-array vector
 * index, the Lucene BM25 index, and immutable {@link newsdesk.index.Corpus} views published by the single writer
 * {@link newsdesk.index.CorpusIndex}; made durable by {@link newsdesk.index.DurableIndex} over checksummed snapshot
 * generations ({@link newsdesk.index.SnapshotStore}) and kept in sync with the seeds ({@link newsdesk.ingest.SeedSync},
 * {@link newsdesk.ingest.SeedWatcher}).
 */
package newsdesk.index;

