package newsdesk.cli;

import java.io.PrintWriter;
import newsdesk.ingest.IngestReport;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newsdesk.Newsdesk;
import newsdesk.Settings;

/**
 * {@code newsdesk serve}: the HTTP API, chat page, widget and webhooks. The port opens at once ({@code /ready}
 * answers 503 until the seeds are indexed); SIGTERM or Ctrl-C stops it gracefully ({@link GracefulShutdown}) and
 * exits 0. Refuses to start on a non-loopback address with an admin token shorter than 32 bytes ({@link Exposure});
 * without {@code NEWSDESK_ADMIN_TOKEN} it prints the generated admin token once ({@link newsdesk.admin.AdminToken}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API, the chat page and widget, and the Slack/Mattermost webhooks.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: 7070).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        CommonOptions.put(env, "NEWSDESK_HOST", host);
        CommonOptions.put(env, "NEWSDESK_PORT", port);
        Settings settings = common.settings(env);
        Exposure.check(settings.host(), settings.admin().token());
        Newsdesk desk = Newsdesk.create(settings);
        Javalin app;
        try {
            app = desk.webApp();
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
        GracefulShutdown shutdown = new GracefulShutdown(app, desk, desk.ingestion().stop()::request, common.out(),
                settings.web().connections().shutdownGrace());
        // SIGTERM makes the JVM exit with 143 once the hooks are done; a clean, complete stop is reported as 0.
        Thread hook = new Thread(() -> {
            shutdown.run();
            Runtime.getRuntime().halt(0);
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            PrintWriter out = common.out();
            out.printf("Newsdesk listening on http://%s:%d/ (loading %s)%n", settings.host(), app.port(),
                    settings.seeds());
            desk.adminToken().ifPresent(token -> out.println(token.generated()
                    ? "admin token (generated, shown once, kept in " + token.file() + " mode 0600): " + token.token()
                    : "admin token: the one kept in " + token.file() + " (NEWSDESK_ADMIN_TOKEN is not set)"));
            IngestReport report = desk.ingestSeeds(newsdesk.ingest.Ingestor.Progress.NONE);
            report.failures().forEach(f -> common.err().println("skipped " + f));
            common.err().flush();
            shutdown.loaded();
            // What is served (snapshot plus seeds), then what this start had to embed.
            out.printf("ready: %d articles, %d chunks served; %d articles (%d chunks) embedded in %.1f s%n",
                    desk.qa().articleCount(), desk.qa().chunkCount(), report.articles(), report.chunks(),
                    report.millis() / 1000.0);
            new CountDownLatch(1).await(); // until SIGTERM: the hook stops the server and exits
            return 0;
        } catch (RuntimeException | InterruptedException e) {
            if (shutdown.stopping()) {
                // The stop ended the load (at a batch boundary): the hook closes Newsdesk, reports and exits.
                shutdown.loaded();
                new CountDownLatch(1).await();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                shutdown.loaded(); // the load has ended, with this failure: nothing uses Newsdesk any more
                shutdown.run();
            } catch (IllegalStateException stopping) {
                // already shutting down: the hook finishes the job
            }
            throw e;
        }
    }
}
