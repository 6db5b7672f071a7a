package newsdesk.launch;

import newsdesk.error.RefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import newsdesk.cli.AskCommand;
import newsdesk.cli.ChatCommand;
import newsdesk.cli.IngestCommand;
import newsdesk.cli.SearchCommand;
import newsdesk.cli.ServeCommand;
import newsdesk.eval.BenchCommand;
import newsdesk.eval.EvalCommand;
import newsdesk.eval.NewsEvalCommand;
import newsdesk.eval.SnapshotBench;
import newsdesk.solr.SolrInitCommand;

/** The {@code newsdesk} command line: one subcommand per use. */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, version = "newsdesk 0.1.0",
        description = "Question answering over news articles, with citations.",
        subcommands = {ServeCommand.class, AskCommand.class, SearchCommand.class, ChatCommand.class,
            IngestCommand.class, EvalCommand.class, NewsEvalCommand.class, BenchCommand.class, SnapshotBench.class,
            SolrInitCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda") == null) {
            // The tokenizer library probes for a GPU and warns on machines with CUDA libraries but no usable driver.
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.newsdesk.access") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.newsdesk.access", "info"); // serve's access log
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand and error handling, as {@link #main} runs it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return e instanceof RefusedException || e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
