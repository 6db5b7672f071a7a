package newsdesk.cli;

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
 * answers 503 until the seeds are indexed); SIGTERM or Ctrl-C stops it.
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
        CountDownLatch stopped = new CountDownLatch(1);
        try (Newsdesk desk = Newsdesk.create(settings)) {
            Javalin app = desk.webApp();
            app.start(settings.host(), settings.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
            }, "shutdown"));
            System.out.printf("Newsdesk listening on http://%s:%d/ (loading %s)%n", settings.host(), app.port(),
                    settings.seeds());
            Newsdesk.IngestReport report = desk.ingestSeeds(newsdesk.index.Ingestor.Progress.NONE);
            report.failures().forEach(f -> System.err.println("skipped " + f));
            System.out.printf("ready: %d articles, %d chunks in %.1f s%n", report.articles(), report.chunks(),
                    report.millis() / 1000.0);
            stopped.await();
            return 0;
        }
    }
}
