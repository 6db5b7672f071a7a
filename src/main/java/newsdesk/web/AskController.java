package newsdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

import newsdesk.error.RefusedException;
import newsdesk.qa.QaService;
import newsdesk.answer.Answer;

/**
 * Answers questions.
 *
 * <pre>
 * curl -s localhost:7070/api/ask -d '{"question":"Who will attend the parade in Beijing?"}'
 * curl -sN localhost:7070/api/ask/stream -d '{"question":"Who hosts the parade?","conversationId":"…"}'
 * </pre>
 */
final class AskController {

    private static final Logger LOG = LoggerFactory.getLogger(AskController.class);

    private final QaService qa;
    private final RequestReader reader;
    private final ApiJson json;
    private final WebMetrics metrics;
    private final Admission admission;

    AskController(QaService qa, RequestReader reader, ApiJson json, WebMetrics metrics, Admission admission) {
        this.qa = qa;
        this.reader = reader;
        this.json = json;
        this.metrics = metrics;
        this.admission = admission;
    }

    /** {@code POST /api/ask}: the whole answer as one JSON object. */
    void ask(Context ctx) {
        AskRequest request = reader.ask(ctx.bodyAsBytes());
        admission.conversationTurn(request.conversationId());
        Answer answer = qa.ask(request.question(), request.conversationId(), request.filters());
        metrics.answered(answer);
        ctx.contentType("application/json").result(json.write(answer));
    }

    /** {@code POST /api/ask/stream}: the same answer as Server-Sent Events (see {@link AnswerStream}). */
    void stream(Context ctx) {
        AskRequest request = reader.ask(ctx.bodyAsBytes());
        admission.conversationTurn(request.conversationId());
        AnswerStream stream = new AnswerStream(ctx, json);
        Answer answer;
        try {
            answer = qa.ask(request.question(), request.conversationId(), request.filters(), stream);
        } catch (RuntimeException e) {
            if (!stream.started()) {
                throw e; // nothing sent yet: the error mapper answers with a status and JSON
            }
            failMidStream(stream, e);
            return;
        }
        metrics.answered(answer);
        stream.done(answer);
    }

    private static void failMidStream(AnswerStream stream, RuntimeException e) {
        if (e instanceof RefusedException refused) {
            stream.error(refused.code(), refused.getMessage());
        } else if (e instanceof AnswerStream.ClientGone) {
            LOG.debug("client closed the stream before the answer was done");
        } else {
            LOG.error("streamed answer failed", e);
            stream.error("internal_error", "the server could not finish this answer; the error was logged");
        }
    }
}
