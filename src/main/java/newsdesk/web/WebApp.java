package newsdesk.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

import newsdesk.QaService;

/**
 * Wires the HTTP surface: routes, static chat page and widget, security headers, error mapping and metrics. The
 * returned app is not started: {@code serve} calls {@code start(settings.host(), settings.port())}, tests call
 * {@code start(0)}.
 */
public final class WebApp {

    /** The largest request body accepted; a question is at most a few kilobytes. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private WebApp() {
    }

    public static Javalin create(QaService qa, WebSettings settings) {
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
            config.routes.options("/api/*", security::preflight);
            config.routes.post("/api/ask", ask::ask);
            config.routes.post("/api/ask/stream", ask::stream);
            config.routes.post("/api/search", articles::search);
            config.routes.get("/api/articles", articles::list);
            config.routes.get("/api/articles/{id}", articles::get);
            config.routes.get("/api/config", ops::config);
            config.routes.get("/health", ops::health);
            config.routes.get("/ready", ops::ready);
            config.routes.get("/metrics", ops::metrics);
            config.routes.get("/openapi.json", ops::openApi);
        });
    }
}
