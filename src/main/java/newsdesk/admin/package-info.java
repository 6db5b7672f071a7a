/**
 * The admin HTTP surface for ingestion: {@code POST /api/articles} (JSON article objects or uploaded files in any
 * supported format), {@code DELETE /api/articles/{id}} and {@code GET /api/ingest/status}, behind a bearer token.
 * Handlers parse the request, call {@link newsdesk.ingest.Uploads} and render JSON; nothing here touches an index.
 */
package newsdesk.admin;
