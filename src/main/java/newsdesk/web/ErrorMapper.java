package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;

/**
 * The one error path of every HTTP surface (web, admin, Slack): maps every failure to {@code {"error":{"code","message"}}} exactly once, at the edge: {@link RefusedException} kinds to
 * 400/404/413/503, the surface's own {@link Refusal}s to theirs (with {@code Retry-After} when there is one), Javalin's
 * refusals (unknown route, wrong method, oversized body) to their status, a request body cut short to 400, and
 * anything else to a 500 whose message reveals nothing about the server (the stack trace goes to the log only).
 */
public final class ErrorMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final ApiJson json;

    ErrorMapper(ApiJson json) {
        this.json = json;
    }

    /**
     * Registers the mapper on an app that serves a surface on its own (tests of the admin or Slack routes);
     * {@link WebApp#create} registers it for the whole server.
     */
    public static void register(RoutesConfig routes) {
        new ErrorMapper(new ApiJson()).registerOn(routes);
    }

    void registerOn(RoutesConfig routes) {
        routes.exception(RefusedException.class, (e, ctx) -> send(ctx, status(e.kind()), e.code(), e.getMessage()));
        routes.exception(WebSecurity.OriginRefused.class,
                (e, ctx) -> send(ctx, 403, "origin_not_allowed", e.getMessage()));
        routes.exception(Refusal.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> {
            if (clientGone(e)) {
                LOG.debug("{} {}: the client stopped sending (id={})", ctx.method(), ctx.path(),
                        AccessLog.requestId(ctx));
                send(ctx, 400, "body_incomplete", "the connection ended before the request body was complete");
                return;
            }
            LOG.error("{} {} failed (id={})", ctx.method(), AccessLog.printable(ctx.path()), AccessLog.requestId(ctx),
                    e);
            send(ctx, 500, "internal_error", "the server could not handle this request; the error was logged");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null) {
                httpError(ctx, 404);
            }
        });
        routes.error(405, ctx -> {
            if (ctx.result() == null) {
                httpError(ctx, 405);
            }
        });
    }

    static int status(RefusedException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }

    /** An end of input while reading the request: the client hung up or stalled, nothing failed here. */
    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    private void httpError(Context ctx, int status) {
        switch (status) {
            case 404 -> send(ctx, 404, "not_found", "no such route: " + ctx.method() + " " + ctx.path());
            case 405 -> send(ctx, 405, "method_not_allowed", ctx.method() + " is not supported on " + ctx.path());
            case 413 -> send(ctx, 413, "body_too_large", "the request body is larger than the server accepts");
            default -> send(ctx, status, "http_" + status, HttpStatus.forStatus(status).getMessage());
        }
    }

    private void send(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json").result(json.write(json.error(code, message)));
    }
}
