/**
 * The corpus: the contiguous-array vector index, the Lucene BM25 index, and immutable {@link newsdesk.index.Corpus}
 * views published by the single writer {@link newsdesk.index.CorpusIndex}; made durable by
 * {@link newsdesk.index.DurableIndex} over checksummed snapshot generations ({@link newsdesk.index.SnapshotStore}).
 * Embedding is the {@code embed} package's job, keeping the corpus in sync with the seeds the {@code ingest} package's.
 */
package newsdesk.index;
