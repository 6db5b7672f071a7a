package newsdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import newsdesk.error.RefusedException;
import newsdesk.error.RefusedException.Kind;
import newsdesk.qa.QaService;

/**
 * Operational routes and self-description.
 *
 * <pre>
 * curl -s localhost:7070/health
 * curl -s localhost:7070/ready
 * curl -s localhost:7070/metrics
 * curl -s localhost:7070/openapi.json
 * curl -s localhost:7070/api/config
 * </pre>
 */
final class OpsController {

    private final QaService qa;
    private final ApiJson json;
    private final WebMetrics metrics;
    private final WebSettings settings;
    private final String openApi;

    OpsController(QaService qa, ApiJson json, WebMetrics metrics, WebSettings settings) {
        this.qa = qa;
        this.json = json;
        this.metrics = metrics;
        this.settings = settings;
        this.openApi = resource("/openapi.json");
    }

    /** {@code GET /health}: the process is up. */
    void health(Context ctx) {
        ctx.contentType("application/json").result(json.write(json.object(Map.of("status", "ok"))));
    }

    /** {@code GET /ready}: the index is loaded and questions can be answered; 503 until then. */
    void ready(Context ctx) {
        if (!qa.ready()) {
            throw new RefusedException(Kind.UNAVAILABLE, "not_ready", "the index is still loading; try again shortly");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("articles", qa.articleCount());
        body.put("chunks", qa.chunkCount());
        ctx.contentType("application/json").result(json.write(json.object(body)));
    }

    /** {@code GET /metrics}: Prometheus text format. */
    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    /** {@code GET /openapi.json}: the OpenAPI 3 description of every route. */
    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    /** {@code GET /api/config}: what the chat page and the widget need to know, e.g. the question length limit. */
    void config(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("maxQuestionChars", settings.maxQuestionChars());
        ctx.contentType("application/json").result(json.write(json.object(body)));
    }

    private static String resource(String name) {
        try (InputStream in = OpsController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
