package newsdesk.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import newsdesk.qa.QaService;
import newsdesk.answer.Answer;
import newsdesk.feedback.Rating;

/**
 * The Prometheus metrics of the web surface: request count and latency per route template and status
 * ({@code newsdesk_http_requests_seconds}), answers versus abstentions ({@code newsdesk_answers_total}), the stage
 * timings each answer reports ({@code newsdesk_answer_stage_seconds{stage=retrieval|answer|total}}), the answering
 * slots ({@code newsdesk_answers_running}, {@code newsdesk_answers_waiting}) and the index size
 * ({@code newsdesk_index_articles}, {@code newsdesk_index_chunks}) and readers' ratings from every surface
 * ({@code newsdesk_feedback_total{rating=up|down}}).
 */
final class WebMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    WebMetrics(QaService qa) {
        Gauge.builder("newsdesk.index.articles", qa, QaService::articleCount).strongReference(true)
                .description("articles in the index").register(registry);
        Gauge.builder("newsdesk.index.chunks", qa, QaService::chunkCount).strongReference(true)
                .description("chunks (retrievable passages) in the index").register(registry);
        for (Rating rating : Rating.values()) {
            FunctionCounter.builder("newsdesk.feedback", qa, q -> q.feedbackCount(rating))
                    .description("readers' ratings of answers since start, from every surface")
                    .tag("rating", rating.wire()).register(registry);
        }
    }

    /** Gauges of the answering slots: answers running now and requests waiting for a slot. */
    void watch(AnswerSlots slots) {
        Gauge.builder("newsdesk.answers.running", slots, AnswerSlots::running).strongReference(true)
                .description("answers (and searches) running now").register(registry);
        Gauge.builder("newsdesk.answers.waiting", slots, AnswerSlots::waiting).strongReference(true)
                .description("requests waiting for an answering slot").register(registry);
    }

    /** Records one finished request; {@code ms} is Javalin's measured handling time. */
    void request(Context ctx, Float ms) {
        Timer.builder("newsdesk.http.requests")
                .description("HTTP requests by route template, method and status")
                .tags("method", ctx.method().name(), "route", route(ctx), "status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos((long) (ms * 1_000_000)));
    }

    /** Records whether a question was answered or abstained, and the stage timings of the answer. */
    void answered(Answer answer) {
        Counter.builder("newsdesk.answers").description("questions answered, by outcome")
                .tag("outcome", answer.abstained() ? "abstained" : "answered").register(registry).increment();
        for (Map.Entry<String, Long> timing : answer.timingsMs().entrySet()) {
            Timer.builder("newsdesk.answer.stage").description("time spent per stage of answering a question")
                    .tag("stage", timing.getKey()).register(registry)
                    .record(timing.getValue(), TimeUnit.MILLISECONDS);
        }
    }

    /** The Prometheus text exposition of every meter. */
    String scrape() {
        return registry.scrape();
    }

    /**
     * The route template (bounded cardinality), not the raw path: {@code /api/articles/{id}}, "static", "unmatched".
     * A request refused before its handler ran (413, 415, 429) still counts under its matched route.
     */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            endpoint = ctx.endpoints().lastHttpEndpoint();
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
}
