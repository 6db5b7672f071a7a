/**
 * The corpus: embedding ({@link newsdesk.index.Embedder} hides the model library), the contiguous-array vector
 * index, the Lucene BM25 index, and immutable {@link newsdesk.index.Corpus} views published by the single writer
 * {@link newsdesk.index.CorpusIndex}.
 */
package newsdesk.index;
