package newsdesk.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import newsdesk.ingest.IngestReport;
import newsdesk.ingest.Ingestion;
import newsdesk.ingest.IngestStatus;
import newsdesk.index.Origin;

/**
 * The admin routes for ingestion. Every route checks {@link AdminAccess} first; handlers throw and the server's one
 * {@code ErrorMapper} renders {@code {"error":{"code","message"}}} with 400/401/403/404/411/413/415/503. A 2xx means
 * the change is durable.
 *
 * <pre>
 * curl -H "Authorization: Bearer $NEWSDESK_ADMIN_TOKEN" -F file=@story.html http://localhost:7070/api/articles
 * curl -H "Authorization: Bearer $NEWSDESK_ADMIN_TOKEN" -H 'Content-Type: application/json' \
 *      -d '{"title":"…","body":"…","source":"…","publishedAt":"2025-08-28T16:15:00+05:30","url":"…"}' \
 *      http://localhost:7070/api/articles
 * curl -X DELETE -H "Authorization: Bearer $NEWSDESK_ADMIN_TOKEN" http://localhost:7070/api/articles/ID
 * curl -H "Authorization: Bearer $NEWSDESK_ADMIN_TOKEN" http://localhost:7070/api/ingest/status
 * </pre>
 */
public final class AdminRoutes {

    private final Ingestion ingestion;
    private final AdminSettings settings;
    private final AdminAccess access;
    private final ObjectMapper json = new ObjectMapper();

    private AdminRoutes(Ingestion ingestion, AdminSettings settings, AdminAccess access) {
        this.ingestion = ingestion;
        this.settings = settings;
        this.access = access;
    }

    /**
     * Adds the admin routes to an app being configured; they need {@code settings.token()} (without one they answer
     * 403). Also sets the multipart limits.
     */
    public static void register(JavalinConfig config, Ingestion ingestion, AdminSettings settings) {
        AdminRoutes routes = new AdminRoutes(ingestion, settings, new AdminAccess(settings.token()));
        config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
        config.routes.post("/api/articles", routes.guarded(routes::add));
        config.routes.delete("/api/articles/{id}", routes.guarded(routes::delete));
        config.routes.get("/api/ingest/status", routes.guarded(routes::status));
    }

    private void add(Context ctx) {
        try (UploadFiles upload = UploadFiles.from(ctx, settings)) {
            IngestReport batch = ingestion.uploads().addFiles(upload.files(), Origin.UPLOAD);
            ObjectNode body = json.createObjectNode();
            body.putPOJO("ids", batch.ids());
            body.put("articles", batch.ids().size());
            body.put("chunks", batch.chunks());
            body.put("generation", batch.generation());
            body.put("millis", batch.millis());
            body.putPOJO("incomplete", batch.incomplete());
            send(ctx, 201, body);
        }
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        long generation = ingestion.uploads().delete(id).generation();
        ObjectNode body = json.createObjectNode();
        body.put("deleted", id);
        body.put("generation", generation);
        send(ctx, 200, body);
    }

    private void status(Context ctx) {
        IngestStatus status = ingestion.status();
        ObjectNode body = json.createObjectNode();
        body.put("generation", status.generation());
        body.put("writable", status.writable());
        body.put("dataDir", status.dataDir());
        body.put("model", status.model());
        body.put("articles", status.articles());
        body.put("chunks", status.chunks());
        ObjectNode byOrigin = body.putObject("byOrigin");
        status.byOrigin().forEach((origin, count) -> byOrigin.put(origin.label(), count));
        body.set("running", json.valueToTree(status.running()));
        body.set("last", json.valueToTree(status.last()));
        send(ctx, 200, body);
    }

    private Handler guarded(Handler handler) {
        return ctx -> {
            access.require(ctx);
            handler.handle(ctx);
        };
    }

    private void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}
