/**
 * The HTTP surface: a JSON API over {@link newsdesk.qa.QaService} (ask, streamed ask, search, articles), operational
 * routes (health, readiness, Prometheus metrics, the OpenAPI document) and the chat page and embeddable widget served
 * from {@code src/main/resources/public/}. Handlers only parse, call the service and render with {@link
 * newsdesk.web.ApiJson}; errors are mapped once, in {@link newsdesk.web.ErrorMapper}.
 */
package newsdesk.web;
