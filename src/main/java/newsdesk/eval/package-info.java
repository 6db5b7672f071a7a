/**
 * The evaluation and benchmark harness: loads a benchmark (MultiHop-RAG or our own JSONL format), runs every
 * contender over the same corpus and queries, and reports retrieval metrics (MultiHop-RAG's Hits@k and MRR@10 with
 * its hit rule, evidence-article recall@k), answer metrics (gold answer contained, verbatim citations, abstention)
 * and latency percentiles. Contenders are {@link newsdesk.eval.SearchSystem}s, optionally with an
 * {@link newsdesk.eval.AnswerSystem}; the langchain4j naive RAG and Lucene BM25 baselines live here so every row of
 * the table is reproducible with one command ({@code newsdesk eval}, {@code newsdesk bench}).
 */
package newsdesk.eval;
