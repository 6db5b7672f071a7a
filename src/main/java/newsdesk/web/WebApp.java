package newsdesk.web;

import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;

import newsdesk.QaService;

/**
 * Wires the HTTP surface: routes, static chat page and widget, security headers, error mapping and metrics. The
 * returned app is not started: {@code serve} calls {@code start(settings.host(), settings.port())} with the host and
 * port of {@link newsdesk.Settings}; tests call {@code start(0)}.
 */
public final class WebApp {

    /** The largest request body accepted; a question is at most a few kilobytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private WebApp() {
    }

    public static Javalin create(QaService qa, WebSettings settings) {
        return create(qa, settings, config -> { });
    }

    /**
     * The same app with more routes registered by {@code more}, e.g. the Slack webhooks
     * ({@code config -> SlackRoutes.register(config, …)}); they share the error mapping, headers and metrics.
     */
    public static Javalin create(QaService qa, WebSettings settings, Consumer<JavalinConfig> more) {
        ApiJson json = new ApiJson();
        WebMetrics metrics = new WebMetrics(qa);
        RequestReader reader = new RequestReader(json, settings.maxQuestionChars());
        AskController ask = new AskController(qa, reader, json, metrics);
        ArticleController articles = new ArticleController(qa, reader, json);
        OpsController ops = new OpsController(qa, json, metrics, settings);
        WebSecurity security = new WebSecurity(settings);
        ErrorMapper errors = new ErrorMapper(json);
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http(metrics::request);
            errors.register(config.routes);
            config.routes.before(security::before);
            api(config.routes, HandlerType.POST, "/api/ask", ask::ask, security);
            api(config.routes, HandlerType.POST, "/api/ask/stream", ask::stream, security);
            api(config.routes, HandlerType.POST, "/api/search", articles::search, security);
            api(config.routes, HandlerType.GET, "/api/articles", articles::list, security);
            api(config.routes, HandlerType.GET, "/api/articles/{id}", articles::get, security);
            api(config.routes, HandlerType.GET, "/api/config", ops::config, security);
            config.routes.get("/health", ops::health);
            config.routes.get("/ready", ops::ready);
            config.routes.get("/metrics", ops::metrics);
            config.routes.get("/openapi.json", ops::openApi);
            more.accept(config);
        });
    }

    /** An API route and its CORS preflight ({@code OPTIONS} on the same path). */
    private static void api(RoutesConfig routes, HandlerType method, String path, Handler handler,
                            WebSecurity security) {
        routes.addHttpHandler(method, path, handler);
        routes.options(path, security::preflight);
    }
}
