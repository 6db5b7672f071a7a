package newsdesk.web;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;

/**
 * Browser-facing protections, applied before every request.
 *
 * <ul>
 *   <li>Only requests for a name this server answers for ({@link HostNames}): a DNS-rebinding page sends its own.</li>
 *   <li>A Content-Security-Policy that allows scripts and styles from this server only (no {@code unsafe-inline},
 *   no {@code unsafe-eval}) and lets only this server and the allowed origins frame the chat
 *   ({@code frame-ancestors}).</li>
 *   <li>CORS for the public {@code /api/*} routes only: a cross-origin request from any origin that is not allowed
 *   (exact match of scheme, host and port) is refused with 403 ({@link #before}); one from an allowed origin gets
 *   {@code Access-Control-Allow-Origin} once its route is known to be public in {@link RouteTable}
 *   ({@link #cors}). Admin routes ({@code /api/ingest/status}, {@code POST /api/articles}, …) and operational routes
 *   ({@code /health}, {@code /ready}, {@code /metrics}) never carry CORS headers, and a preflight offers only the
 *   public methods of its path.</li>
 * </ul>
 */
final class WebSecurity {

    private final WebSettings settings;
    private final HostNames hosts;
    private final String csp;

    WebSecurity(WebSettings settings) {
        this.settings = settings;
        this.hosts = new HostNames(settings.publicHosts());
        String ancestors = settings.allowedOrigins().stream().sorted().map(o -> " " + o).collect(Collectors.joining());
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'" + ancestors;
    }

    /**
     * Refuses a {@code Host} this server does not answer for (421); sets the security headers; throws
     * {@link OriginRefused} for a cross-origin API call from a disallowed origin.
     */
    void before(Context ctx) {
        if (!hosts.allows(ctx.header("Host"))) {
            throw new Refusal(421, "unknown_host", "this server does not answer for that Host; its operator can add "
                    + "the name to NEWSDESK_PUBLIC_HOSTS");
        }
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith("/api/")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("Vary", "Origin");
        String origin = crossOrigin(ctx);
        if (origin != null && !settings.allows(origin)) {
            throw new OriginRefused(origin);
        }
    }

    /**
     * Once the route is matched (before admission, so an allowed page can read a 413 or 429 too): lets an allowed
     * origin read the response of a public API route. Admin routes get no CORS header whatever the origin.
     */
    void cors(Context ctx) {
        String origin = crossOrigin(ctx);
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (origin == null || endpoint == null || !endpoint.path.startsWith("/api/")) {
            return;
        }
        boolean publicRoute = RouteTable.find(endpoint.method, endpoint.path)
                .filter(route -> route.access() == RouteTable.Access.PUBLIC).isPresent();
        if (publicRoute) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    /** {@code OPTIONS} on an API route: answers the CORS preflight of an allowed origin (refused ones never get here). */
    void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", String.join(", ", RouteTable.publicMethods(ctx.endpoints()
                .matchedHttpEndpoint().path)));
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    /** The {@code Origin} of an API request from another origin, or null (no origin, same origin, not an API path). */
    private static String crossOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || !ctx.path().startsWith("/api/") || sameOrigin(ctx, origin)) {
            return null;
        }
        return origin;
    }

    /** Browsers send {@code Origin} on same-origin POSTs too: compare its host and port with the {@code Host} header. */
    private static boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.host();
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A browser request from an origin that is not on the allow list. */
    static final class OriginRefused extends RuntimeException {

        OriginRefused(String origin) {
            super("origin " + origin + " is not allowed to call this API; ask the operator to add it to "
                    + "NEWSDESK_ALLOWED_ORIGINS");
        }
    }
}
