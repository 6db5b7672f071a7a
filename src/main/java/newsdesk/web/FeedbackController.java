package newsdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

import newsdesk.qa.QaService;
import newsdesk.feedback.Feedback;

/**
 * Records readers' ratings of answers: the {@code id} of an answer from {@code /api/ask} (or the stream's
 * {@code done} event), {@code "up"} or {@code "down"}, and optionally a comment and a correction.
 *
 * <pre>
 * curl -s localhost:7070/api/feedback -d '{"answerId":"…","rating":"down","comment":"…","correction":"…"}'
 * </pre>
 */
final class FeedbackController {

    private final QaService qa;
    private final RequestReader reader;
    private final ApiJson json;

    FeedbackController(QaService qa, RequestReader reader, ApiJson json) {
        this.qa = qa;
        this.reader = reader;
        this.json = json;
    }

    /** {@code POST /api/feedback}: 200 {@code {"answerId","rating","recorded"}} once the rating is durable. */
    void record(Context ctx) {
        Feedback feedback = qa.feedback(reader.feedback(ctx.bodyAsBytes()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answerId", feedback.answer().answerId());
        body.put("rating", feedback.rating().wire());
        body.put("recorded", feedback.at().toString());
        ctx.status(200).contentType("application/json").result(json.write(json.object(body)));
    }
}
