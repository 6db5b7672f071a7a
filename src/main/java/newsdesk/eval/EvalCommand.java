package newsdesk.eval;

import newsdesk.ingest.IngestReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadResult;
import newsdesk.cli.CommonOptions;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackLog;

/**
 * {@code newsdesk eval}: runs the chosen contenders over one corpus and query file and prints the quality and
 * speed tables; with {@code --out} also writes {@code report.json}, {@code report.md} and {@code details.jsonl},
 * rewritten after each contender so a long run shows its results as they come.
 * Newsdesk contenders take their settings from {@code NEWSDESK_*} variables and the common flags ({@code --seeds}
 * is ignored: they ingest {@code --corpus}), with a throw-away data folder unless {@code --data-dir} is given.
 *
 * With {@code --feedback FILE} instead of {@code --queries} it replays readers' ratings ({@link FeedbackReplay}).
 *
 * <pre>
 * newsdesk eval --corpus corpus.json --queries queries-dev.json --out target/eval
 * newsdesk eval --corpus corpus.json --feedback feedback.jsonl --data-dir /tmp/mine-data
 * </pre>
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate retrieval and answers on a benchmark, side by side with the baselines.")
public final class EvalCommand implements Callable<Integer> {

    static final String ALL = "all";

    @Option(names = "--corpus", required = true, paramLabel = "PATH",
            description = "Articles: a file or folder Newsdesk can read (MultiHop-RAG corpus.json among them).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Queries: MultiHop-RAG JSON array or Newsdesk JSONL.")
    Path queries;

    @Option(names = "--feedback", paramLabel = "FILE", description = "Instead of --queries: replay readers' ratings "
            + "(the feedback log, or GET /api/admin/feedback) as regression cases; exits 1 when one fails.")
    Path feedback;

    @Option(names = "--out", paramLabel = "DIR", description = "Write report.json, report.md and details.jsonl here.")
    Path out;

    @Option(names = "--candidates", paramLabel = "FILE", description = "Also write every answered query's best "
            + "candidate sentences, their ranking features and labels here (JSONL, for scripts/fit-ranker.py).")
    Path candidatesFile;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N queries.")
    Integer limit;

    @Option(names = "--systems", split = ",", paramLabel = "NAME", description = "Contenders to run, "
            + "comma-separated, from newsdesk, newsdesk-bm25, newsdesk-vectors, naive-rag, bm25, or 'all' "
            + "(default: newsdesk, naive-rag, bm25).")
    List<String> systems;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final ContenderCatalog catalog;
    private final Map<String, String> env;
    private final Clock clock;
    private final Function<Settings, Newsdesk> desks;

    public EvalCommand() {
        this((corpus, settings) -> Contenders.all(corpus, settings, Newsdesk::create), System.getenv(),
                Clock.systemUTC());
    }

    /** A command over the given contenders, with {@code env} as the {@code NEWSDESK_*} environment. */
    public EvalCommand(ContenderCatalog catalog, Map<String, String> env, Clock clock) {
        this(catalog, env, clock, Newsdesk::create);
    }

    /** The same, building the Newsdesk that replays {@code --feedback} with {@code desks}. */
    public EvalCommand(ContenderCatalog catalog, Map<String, String> env, Clock clock,
                       Function<Settings, Newsdesk> desks) {
        this.catalog = catalog;
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.desks = desks;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if ((queries == null) == (feedback == null)) {
            throw new ParameterException(spec.commandLine(), "give either --queries or --feedback");
        }
        if (feedback != null) {
            return replayFeedback();
        }
        PrintWriter err = spec.commandLine().getErr();
        QuerySet querySet = EvalQueries.load(queries);
        querySet = limit == null ? querySet : querySet.limit(limit);
        LoadResult loaded = ArticleLoader.withDefaultReaders().load(corpus);
        loaded.failures().forEach(f -> err.println("skipped " + f));
        if (loaded.articles().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no articles could be read from " + corpus);
        }
        Path dataDir = Files.createTempDirectory("newsdesk-eval");
        try (CandidateLog candidates = candidatesFile == null ? null : new CandidateLog(candidatesFile)) {
            Map<String, SystemFactory> chosen = chosen(catalog.contenders(corpus, settings(dataDir)));
            EvalReport report = new EvalRunner(clock, line -> {
                err.println(line);
                err.flush();
            }, candidates).run(corpus.getFileName().toString(), loaded.articles(), querySet, chosen, partial -> {
                if (out != null) {
                    ReportWriter.write(partial, out);
                }
            });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ReportWriter.text(report));
            if (out != null) {
                stdout.println("Wrote " + out.resolve(ReportWriter.JSON_FILE) + ", " + ReportWriter.MARKDOWN_FILE
                        + " and " + ReportWriter.DETAILS_FILE);
            }
            stdout.flush();
            return 0;
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    /**
     * Newsdesk over {@code --corpus} (with {@code --data-dir}, an index made earlier is reused and only what changed
     * is embedded), asked every rated question afresh.
     */
    private int replayFeedback() throws Exception {
        List<Feedback> records = FeedbackLog.read(feedback);
        if (records.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no feedback records in " + feedback);
        }
        Path dataDir = Files.createTempDirectory("newsdesk-eval");
        PrintWriter out = spec.commandLine().getOut();
        try (Newsdesk desk = desks.apply(settings(dataDir).apply(Map.of()))) {
            desk.restore();
            IngestReport ingested = desk.ingest(corpus, newsdesk.ingest.Ingestor.Progress.NONE);
            ingested.failures().forEach(f -> spec.commandLine().getErr().println("skipped " + f));
            FeedbackReplay.Report report = FeedbackReplay.replay(records,
                    (question, conversation) -> desk.qa().ask(question, conversation, null));
            for (FeedbackReplay.Case c : report.cases()) {
                out.printf("%-7s %-4s %s%n        %s%n", c.verdict(), c.feedback().rating().wire(),
                        c.feedback().answer().question(), c.detail());
            }
            out.printf("Feedback replay of %d rated answers: %d pass, %d fail, %d skipped%n", report.cases().size(),
                    report.count(FeedbackReplay.Verdict.PASS), report.count(FeedbackReplay.Verdict.FAIL),
                    report.count(FeedbackReplay.Verdict.SKIPPED));
            out.flush();
            return report.count(FeedbackReplay.Verdict.FAIL) == 0 ? 0 : 1;
        } finally {
            BenchSupport.deleteTree(dataDir);
        }
    }

    private Function<Map<String, String>, Settings> settings(Path dataDir) {
        return overrides -> {
            Map<String, String> values = new HashMap<>(env);
            values.put("NEWSDESK_DATA_DIR", dataDir.toString());
            values.putAll(overrides);
            return common.settings(values);
        };
    }

    private Map<String, SystemFactory> chosen(Map<String, SystemFactory> catalog) {
        if (systems != null && systems.size() == 1 && systems.get(0).strip().equals(ALL)) {
            return catalog;
        }
        List<String> names = systems == null || systems.isEmpty()
                ? Contenders.DEFAULT.stream().filter(catalog::containsKey).toList() : systems;
        Map<String, SystemFactory> chosen = new LinkedHashMap<>();
        for (String name : names) {
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
