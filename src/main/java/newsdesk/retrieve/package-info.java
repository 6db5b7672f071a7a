/**
 * Retrieval: lexical (BM25), vector and hybrid {@link newsdesk.retrieve.Retriever}s, rank fusion, filters by outlet
 * and date, and {@link newsdesk.retrieve.PassageSearch}, which turns ranked chunks into the passages users see.
 */
package newsdesk.retrieve;
