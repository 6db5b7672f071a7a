package newsdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;

/**
 * Every HTTP route Newsdesk serves, classified in one place: who may call it ({@link Access}), what body it takes and
 * how large, and whether it spends answering capacity (rate-limited per client, run within the answer slots).
 * {@link WebApp} refuses to build an app with a route missing from this table, so a route cannot ship unclassified;
 * the table lists routes other surfaces register (the chat-platform webhooks, the admin API) too.
 *
 * <p>Public routes are open to anyone who can reach the port; the webhooks among them authenticate each request
 * themselves (Slack signature, Mattermost token). Admin routes require {@code Authorization: Bearer
 * $NEWSDESK_ADMIN_TOKEN}.
 */
final class RouteTable {

    /** Who may call a route. */
    enum Access { PUBLIC, ADMIN }

    /** What a route reads from the request body. */
    enum Body {
        /** No body: any non-empty body is refused. */
        NONE,
        /** A JSON object, with {@code Content-Length}, no larger than the route's limit. */
        JSON,
        /** A webhook's form or JSON payload, no larger than the route's limit. */
        WEBHOOK,
        /** Uploads the route reads and limits itself (admin ingestion, with its own configurable limits). */
        OWN
    }

    /** One route: HTTP method and Javalin path template, as registered. */
    record Route(HandlerType method, String path, Access access, Body body, long maxBodyBytes, boolean answering) {
    }

    /** A question with its filters fits many times over; {@link WebApp#MAX_BODY_BYTES} caps every other body. */
    static final long QUESTION_BODY_BYTES = 16 * 1024;
    static final long WEBHOOK_BODY_BYTES = WebApp.MAX_BODY_BYTES;

    static final List<Route> ROUTES = List.of(
            json("/api/ask", true),
            json("/api/ask/stream", true),
            json("/api/search", true),
            json("/api/feedback", true),
            read("/api/articles"),
            read("/api/articles/{id}"),
            read("/api/config"),
            read("/health"),
            read("/ready"),
            read("/metrics"),
            read("/openapi.json"),
            webhook("/slack/commands"),
            webhook("/slack/events"),
            webhook("/slack/interactivity"),
            webhook("/mattermost/commands"),
            webhook("/mattermost/actions"),
            new Route(HandlerType.POST, "/api/articles", Access.ADMIN, Body.OWN, -1, false),
            new Route(HandlerType.DELETE, "/api/articles/{id}", Access.ADMIN, Body.NONE, 0, false),
            new Route(HandlerType.GET, "/api/ingest/status", Access.ADMIN, Body.NONE, 0, false),
            new Route(HandlerType.GET, "/api/admin/feedback", Access.ADMIN, Body.NONE, 0, false));

    private RouteTable() {
    }

    /**
     * The route for {@code method} on {@code path} (a path template); a CORS preflight ({@code OPTIONS}) is public and
     * bodiless when some public route shares its path.
     */
    static Optional<Route> find(HandlerType method, String path) {
        if (HandlerType.OPTIONS.equals(method)) {
            return ROUTES.stream().filter(r -> r.path().equals(path) && r.access() == Access.PUBLIC).findFirst()
                    .map(r -> new Route(HandlerType.OPTIONS, path, Access.PUBLIC, Body.NONE, 0, false));
        }
        return ROUTES.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    /** The methods of the public routes on {@code path} (a path template), e.g. {@code [GET]}: what a preflight offers. */
    static List<String> publicMethods(String path) {
        return ROUTES.stream().filter(r -> r.path().equals(path) && r.access() == Access.PUBLIC)
                .map(r -> r.method().name()).distinct().toList();
    }

    /** The endpoints of {@code app} missing from the table, as {@code "METHOD /path"}. */
    static List<String> unclassified(Javalin app) {
        List<String> missing = new ArrayList<>();
        for (var parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod() && find(endpoint.method, endpoint.path).isEmpty()) {
                missing.add(endpoint.method + " " + endpoint.path);
            }
        }
        return missing;
    }

    private static Route json(String path, boolean answering) {
        return new Route(HandlerType.POST, path, Access.PUBLIC, Body.JSON, QUESTION_BODY_BYTES, answering);
    }

    private static Route read(String path) {
        return new Route(HandlerType.GET, path, Access.PUBLIC, Body.NONE, 0, false);
    }

    private static Route webhook(String path) {
        return new Route(HandlerType.POST, path, Access.PUBLIC, Body.WEBHOOK, WEBHOOK_BODY_BYTES, false);
    }
}
