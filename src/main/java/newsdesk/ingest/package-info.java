/**
 * The ingestion use cases, one small class each, wired by {@link newsdesk.ingest.Ingestion}: start-up restore
 * ({@link newsdesk.ingest.Restorer}), the seeds folder at start and while watching ({@link newsdesk.ingest.SeedIngest}
 * planning with {@link newsdesk.ingest.SeedSync}, polling with {@link newsdesk.ingest.SeedWatcher}), bulk ingest
 * from files ({@link newsdesk.ingest.BulkIngest}), uploads and deletes through the admin API
 * ({@link newsdesk.ingest.Uploads}), status ({@link newsdesk.ingest.IngestActivity}) and the Solr store's ingestion
 * ({@link newsdesk.ingest.SolrIngest}). Every outcome is one {@link newsdesk.ingest.IngestReport}. The built-in
 * index is written through one path, {@code Persister}; {@link newsdesk.ingest.Ingestor} chunks and embeds.
 */
package newsdesk.ingest;
