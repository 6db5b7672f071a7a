/**
 * Newsdesk: question answering over news articles with cited answers. {@link newsdesk.Main} holds the commands,
 * {@link newsdesk.Settings} every knob, {@link newsdesk.Newsdesk} is the one composition root and
 * {@link newsdesk.qa.QaService} the use case every surface (web, Slack, command line) calls;
 * {@link newsdesk.ingest.IngestService} is the ingestion use case (CLI {@code ingest}, admin API, seed watching).
 */
package newsdesk;

