/**
 * The ingestion use case: bring the corpus in line with the seeds folder (at start and while watching), bulk
 * ingest from files, uploads and deletes through the admin API, the Solr store's ingestion, and the status and
 * report of each; {@link newsdesk.ingest.Ingestor} chunks and embeds, the index stores.
 */
package newsdesk.ingest;
