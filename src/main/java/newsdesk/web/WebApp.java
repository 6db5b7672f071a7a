package newsdesk.web;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import newsdesk.qa.QaService;

/**
 * Wires the HTTP surface: routes, static chat page and widget, security headers, admission (sizes, media types,
 * rates, slow clients: {@link ConnectionLimits}), bounded answering, error mapping, access log and metrics. The
 * returned app is not started: {@code serve}
 * calls {@code start(settings.host(), settings.port())} with the host and port of {@link newsdesk.Settings}; tests
 * call {@code start(0)}. Stopping it stops accepting connections and lets requests in flight finish for up to
 * {@link ConnectionLimits#shutdownGrace()} ({@link Drain}). Every route must be listed in {@link RouteTable}, or
 * building the app fails.
 */
public final class WebApp {

    /** The largest request body read into memory; {@link RouteTable} sets smaller limits per route. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_TRACKED_CLIENTS = 20_000;
    static final int MAX_TRACKED_CONVERSATIONS = 20_000;

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
        Limits limits = settings.limits();
        WebMetrics metrics = new WebMetrics(qa);
        AccessLog access = new AccessLog();
        ConnectionLimits connections = settings.connections();
        SlowBodyCutoff cutoff = new SlowBodyCutoff(connections.minRequestBytesPerSecond());
        ClientAddress addresses = new ClientAddress(limits.trustedProxies());
        Admission admission = new Admission(
                new TokenBuckets(Clock.systemUTC(), limits.ratePerMinute(), limits.rateBurst(), MAX_TRACKED_CLIENTS),
                new TokenBuckets(Clock.systemUTC(), limits.conversationTurnsPerMinute(),
                        Math.max(1, limits.conversationTurnsPerMinute()), MAX_TRACKED_CONVERSATIONS),
                new TokenBuckets(Clock.systemUTC(), connections.webhookRatePerMinute(),
                        Math.max(1, connections.webhookRatePerMinute()), MAX_TRACKED_CLIENTS),
                addresses, cutoff);
        ClientConnections perClient = new ClientConnections(connections.maxConnectionsPerClient(), addresses);
        AnswerSlots slots = new AnswerSlots(limits.maxConcurrentAnswers(), limits.answerQueue(), limits.answerWait());
        metrics.watch(slots);
        RequestReader reader = new RequestReader(json, settings.maxQuestionChars());
        AskController ask = new AskController(qa, reader, json, metrics, admission);
        ArticleController articles = new ArticleController(qa, reader, json);
        FeedbackController feedback = new FeedbackController(qa, reader, json);
        OpsController ops = new OpsController(qa, json, metrics, settings);
        WebSecurity security = new WebSecurity(settings);
        ErrorMapper errors = new ErrorMapper(json);
        Javalin app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.threadPool = threadPool(limits.httpThreads());
            config.events.serverStopped(cutoff::close);
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(json));
                Drain.install(server, connections.shutdownGrace());
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector connector : server.getConnectors()) {
                            connector.addEventListener(perClient);
                        }
                    }
                });
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, ms) -> {
                metrics.request(ctx, ms);
                access.log(ctx, ms);
            });
            errors.registerOn(config.routes);
            config.routes.before(access::before);
            config.routes.before(security::before);
            config.routes.beforeMatched(security::cors);
            config.routes.beforeMatched(admission::check);
            api(config.routes, HandlerType.POST, "/api/ask", slots.guard(ask::ask), security);
            api(config.routes, HandlerType.POST, "/api/ask/stream", slots.guard(ask::stream), security);
            api(config.routes, HandlerType.POST, "/api/search", slots.guard(articles::search), security);
            api(config.routes, HandlerType.POST, "/api/feedback", feedback::record, security);
            api(config.routes, HandlerType.GET, "/api/articles", articles::list, security);
            api(config.routes, HandlerType.GET, "/api/articles/{id}", articles::get, security);
            api(config.routes, HandlerType.GET, "/api/config", ops::config, security);
            config.routes.get("/health", ops::health);
            config.routes.get("/ready", ops::ready);
            config.routes.get("/metrics", ops::metrics);
            config.routes.get("/openapi.json", ops::openApi);
            more.accept(config);
        });
        List<String> unclassified = RouteTable.unclassified(app);
        if (!unclassified.isEmpty()) {
            throw new IllegalStateException("routes missing from RouteTable (classify each as public or admin): "
                    + String.join(", ", unclassified));
        }
        return app;
    }

    private static QueuedThreadPool threadPool(int maxThreads) {
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads), 60_000);
        pool.setName("newsdesk-http");
        return pool;
    }

    /** An API route and its CORS preflight ({@code OPTIONS} on the same path). */
    private static void api(RoutesConfig routes, HandlerType method, String path, Handler handler,
                            WebSecurity security) {
        routes.addHttpHandler(method, path, handler);
        routes.options(path, security::preflight);
    }
}
