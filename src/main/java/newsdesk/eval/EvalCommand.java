package newsdesk.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import newsdesk.article.Article;

/**
 * {@code newsdesk eval}: runs the chosen contenders over one corpus and query file and prints the quality and
 * speed tables; with {@code --out} also writes {@code report.json}, {@code report.md} and {@code details.jsonl}.
 *
 * <pre>newsdesk eval --corpus corpus.json --queries queries-dev.json --out target/eval</pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate retrieval and answers on a benchmark, side by side with the baselines.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Articles, in MultiHop-RAG corpus.json shape.")
    Path corpus;

    @Option(names = "--queries", required = true, paramLabel = "FILE",
            description = "Queries: MultiHop-RAG JSON array or Newsdesk JSONL.")
    Path queries;

    @Option(names = "--out", paramLabel = "DIR", description = "Write report.json, report.md and details.jsonl here.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N queries.")
    Integer limit;

    @Option(names = "--systems", split = ",", paramLabel = "NAME",
            description = "Contenders to run, comma-separated (default: all of ${COMPLETION-CANDIDATES}).")
    List<String> systems;

    @Spec
    CommandSpec spec;

    private final Map<String, SystemFactory> catalog;
    private final Clock clock;

    public EvalCommand() {
        this(Contenders.baselines(), Clock.systemUTC());
    }

    /** A command over the given named contenders, in the order they should run by default. */
    public EvalCommand(Map<String, SystemFactory> catalog, Clock clock) {
        this.catalog = new LinkedHashMap<>(catalog);
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Map<String, SystemFactory> chosen = chosen();
        QuerySet querySet = EvalQueries.load(queries);
        if (limit != null) {
            if (limit < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            querySet = querySet.limit(limit);
        }
        List<Article> articles = MultiHopCorpus.load(corpus);
        PrintWriter err = spec.commandLine().getErr();
        EvalReport report = new EvalRunner(clock, line -> {
            err.println(line);
            err.flush();
        }).run(corpus.getFileName().toString(), articles, querySet, chosen);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ReportWriter.text(report));
        if (out != null) {
            ReportWriter.write(report, out);
            stdout.println("Wrote " + out.resolve(ReportWriter.JSON_FILE) + ", " + ReportWriter.MARKDOWN_FILE
                    + " and " + ReportWriter.DETAILS_FILE);
        }
        stdout.flush();
        return 0;
    }

    private Map<String, SystemFactory> chosen() {
        if (systems == null || systems.isEmpty()) {
            return catalog;
        }
        Map<String, SystemFactory> chosen = new LinkedHashMap<>();
        for (String name : systems) {
            SystemFactory factory = catalog.get(name.strip());
            if (factory == null) {
                throw new ParameterException(spec.commandLine(),
                        "unknown system '" + name + "'; known: " + String.join(", ", catalog.keySet()));
            }
            chosen.put(name.strip(), factory);
        }
        return chosen;
    }
}
