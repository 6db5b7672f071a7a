package newsdesk.launch;

import java.io.InputStream;

import newsdesk.error.RefusedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda") == null) {
            // The tokenizer library probes for a GPU and warns on machines with CUDA libraries but no usable driver.
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        }
        String solrj = "org.slf4j.simpleLogger.log.org.apache.solr.client.solrj.impl.HttpJdkSolrClient";
        if (System.getProperty(solrj) == null) {
            // Its one ERROR is a stack trace from its body-writing thread when a Solr node dies mid-request; SolrNodes
            // logs that node and its refusal as one WARN line. (Its WARNs are about HTTP/2 and proxies: unused.)
            System.setProperty(solrj, "off");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.newsdesk.access") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.newsdesk.access", "info"); // serve's access log
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand and error handling, as {@link #main} runs it. */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /**
     * The command line reading {@code chat}'s questions from {@code input}; output and errors go where
     * {@link CommandLine#setOut} and {@link CommandLine#setErr} say (standard output and error by default).
     */
    public static CommandLine commandLine(InputStream input) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ChatCommand.class ? type.cast(new ChatCommand(input)) : defaults.create(type);
            }
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return e instanceof RefusedException || e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
