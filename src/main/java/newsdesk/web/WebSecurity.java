package newsdesk.web;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Collectors;

import io.javalin.http.Context;

/**
 * Browser-facing protections, applied before every request.
 *
 * <ul>
 *   <li>A Content-Security-Policy that allows scripts and styles from this server only (no {@code unsafe-inline},
 *   no {@code unsafe-eval}) and lets only this server and the allowed origins frame the chat
 *   ({@code frame-ancestors}).</li>
 *   <li>CORS for {@code /api/*} only: a cross-origin request from an allowed origin (exact match of scheme, host and
 *   port) gets {@code Access-Control-Allow-Origin}; one from any other origin is refused with 403. Operational routes
 *   ({@code /health}, {@code /ready}, {@code /metrics}) never carry CORS headers.</li>
 * </ul>
 */
final class WebSecurity {

    private final WebSettings settings;
    private final String csp;

    WebSecurity(WebSettings settings) {
        this.settings = settings;
        String ancestors = settings.allowedOrigins().stream().sorted().map(o -> " " + o).collect(Collectors.joining());
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'" + ancestors;
    }

    /** Sets the security headers and the CORS decision; throws {@link OriginRefused} for disallowed origins. */
    void before(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!ctx.path().startsWith("/api/")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || sameOrigin(ctx, origin)) {
            return;
        }
        if (!settings.allows(origin)) {
            throw new OriginRefused(origin);
        }
        ctx.header("Access-Control-Allow-Origin", origin);
    }

    /** {@code OPTIONS} on an API route: answers the CORS preflight of an allowed origin (refused ones never get here). */
    void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", "GET, POST");
        ctx.header("Access-Control-Allow-Headers", "Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
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
