package newsdesk.admin;

import java.nio.charset.StandardCharsets;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import newsdesk.qa.QaService;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackJson;

/**
 * The admin export of readers' feedback: every stored rating, oldest first, as JSON Lines (the format
 * {@code eval --feedback FILE} replays). Protected by {@link AdminAccess} like the other admin routes.
 *
 * <pre>
 * curl -H "Authorization: Bearer $NEWSDESK_ADMIN_TOKEN" http://localhost:7070/api/admin/feedback > feedback.jsonl
 * </pre>
 */
public final class FeedbackExport {

    public static final String PATH = "/api/admin/feedback";

    private FeedbackExport() {
    }

    /** Adds {@code GET /api/admin/feedback}, open only to the admin token of {@code settings} (none: nobody). */
    public static void register(JavalinConfig config, QaService qa, AdminSettings settings) {
        AdminAccess access = new AdminAccess(settings.token());
        config.routes.get(PATH, ctx -> export(ctx, qa, access));
    }

    private static void export(Context ctx, QaService qa, AdminAccess access) {
        access.require(ctx);
        StringBuilder out = new StringBuilder();
        for (Feedback feedback : qa.feedbackRecords()) {
            out.append(FeedbackJson.line(feedback)).append('\n');
        }
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8")
                .result(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
