package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import newsdesk.Settings;
import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.index.ArrayEmbeddingStore;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.Embedder;
import newsdesk.embed.MiniLmEmbedder;

/**
 * {@code newsdesk bench}, in one run over a sample of {@code --articles} articles spread over the corpus:
 * <ol>
 *   <li>ingestion throughput: langchain4j's all-MiniLM-L6-v2 with library defaults over the sample's recursive(300,
 *   30) chunks (the baseline) and over exactly the texts Newsdesk's ingestion embeds; Newsdesk's
 *   {@link MiniLmEmbedder} (full and quantized) alone over those texts; and the whole pipeline on the same articles,
 *   in memory and with the snapshot written, with the share of throughput it loses to the raw full model (fastest of {@code --rounds}); and the
 *   model's achieved FLOP rate beside the machine's FP32 GEMM rate measured in the same run ({@link GemmRate});</li>
 *   <li>the full answer path ({@code QaService.ask}, query embedding included) at each {@code --sizes} corpus size,
 *   replicated from the embedded sample, beside the naive baseline's retrieval at the same size, with heap per
 *   chunk;</li>
 *   <li>top-k search latency of langchain4j's {@code InMemoryEmbeddingStore}, Newsdesk's {@code ArrayEmbeddingStore}
 *   and the {@code VectorMatrix} scan its retriever runs, on synthetic vectors.</li>
 * </ol>
 * Time to ready from a snapshot is measured by {@link SnapshotBench} (a pointer line is printed). Prints the tables;
 * with {@code --out} writes {@code bench.json} and {@code bench.md}. Settings come from {@code NEWSDESK_*}.
 *
 * <pre>newsdesk bench --corpus corpus.json --queries queries-dev.json --out target/bench</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingestion throughput against the raw model, answer latency at 1k/10k/100k chunks "
                + "beside the naive baseline, heap per chunk and vector search latency.")
public final class BenchCommand implements Callable<Integer> {

    public static final String JSON_FILE = "bench.json";
    public static final String MARKDOWN_FILE = "bench.md";
    static final String SNAPSHOT_BENCH = "time to ready from a snapshot: java -jar newsdesk.jar "
            + "snapshot-bench --chunks 1000,10000 (see docs/durability.md#benchmark)";
    /** all-MiniLM-L6-v2 embeds into 384 dimensions. */
    static final int DIMENSION = 384;

    @Mixin
    BenchOptions options;

    @Spec
    CommandSpec spec;

    private final Supplier<EmbeddingModel> model;
    private final BiFunction<MiniLmEmbedder.Variant, Integer, Embedder> embedders;
    private final List<Supplier<BenchedVectorStore>> stores;
    private final Map<String, String> env;
    private final Clock clock;

    public BenchCommand() {
        this(AllMiniLmL6V2EmbeddingModel::new, MiniLmEmbedder::new, List.of(
                () -> new EmbeddingStoreBench("InMemoryEmbeddingStore", InMemoryEmbeddingStore::new),
                () -> new EmbeddingStoreBench("newsdesk ArrayEmbeddingStore", () -> new ArrayEmbeddingStore(DIMENSION)),
                () -> new VectorMatrixBench(DIMENSION)), System.getenv(), Clock.systemUTC());
    }

    /**
     * A bench of the baseline's langchain4j model and Newsdesk's embedders (by variant and thread count; each created
     * once per run) against the given vector stores, with {@code env} as the {@code NEWSDESK_*} environment.
     */
    public BenchCommand(Supplier<EmbeddingModel> model, BiFunction<MiniLmEmbedder.Variant, Integer, Embedder> embedders,
                        List<Supplier<BenchedVectorStore>> stores, Map<String, String> env, Clock clock) {
        this.model = model;
        this.embedders = embedders;
        this.stores = List.copyOf(stores);
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (options.articles < 1 || options.rounds < 1 || options.searches < 1 || options.k < 1
                || options.sizes.stream().anyMatch(s -> s < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--articles, --rounds, --searches, -k and --sizes must be >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Article> all = ArticleLoader.withDefaultReaders().load(options.corpus).articles();
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no articles could be read from " + options.corpus);
        }
        Path work = Files.createTempDirectory("newsdesk-bench");
        try {
            BenchReport report = run(all, work, line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(BenchTables.text(report));
            if (options.out != null) {
                BenchTables.write(report, options.out);
                stdout.println("Wrote " + options.out.resolve(JSON_FILE) + " and " + MARKDOWN_FILE);
            }
            stdout.flush();
            return 0;
        } finally {
            BenchSupport.deleteTree(work);
        }
    }

    private BenchReport run(List<Article> all, Path work, Consumer<String> log) throws Exception {
        Function<Path, Settings> settings = BenchSupport.settingsFor(env);
        int threads = settings.apply(work).embedThreads();
        List<Article> sampled = BenchSupport.spread(all, options.articles);
        Bench bench = new Bench(log);
        PipelineBench pipeline = new PipelineBench(settings, clock, log);
        List<BenchReport.Throughput> ingestion = new ArrayList<>();
        Embedder full = embedders.apply(MiniLmEmbedder.Variant.FULL, threads);
        try {
            PipelineBench.Sample sample = pipeline.sample(full, sampled, work.resolve("sample"));
            Bench.Measured<BenchReport.Throughput> raw = null;
            PipelineBench.Measured inMemory = null;
            BenchReport.Throughput persisted = null;
            for (int round = 1; round <= options.rounds; round++) {
                Bench.Measured<BenchReport.Throughput> r = bench.embedding(
                        "newsdesk MiniLmEmbedder full, raw (" + threads + " threads)", full, sample.texts(),
                        sample.wordPieces());
                PipelineBench.Measured m = pipeline.inMemory("newsdesk pipeline, in memory", full, sample,
                        work.resolve("pipeline"));
                BenchReport.Throughput p = pipeline.withSnapshot("newsdesk pipeline + snapshot", full, sample,
                        work.resolve("snapshot-" + round));
                raw = raw == null || r.result().seconds() < raw.result().seconds() ? r : raw;
                inMemory = inMemory == null || m.result().seconds() < inMemory.result().seconds() ? m : inMemory;
                persisted = persisted == null || p.seconds() < persisted.seconds() ? p : persisted;
            }
            ingestion.add(raw.result());
            ingestion.add(quantized(bench, sample, threads));
            ingestion.add(inMemory.result().withLossTo(raw.result()));
            ingestion.add(persisted.withLossTo(raw.result()));
            EmbeddingModel baselineModel = model.get();
            List<TextSegment> segments = RecursiveChunks.split(sampled);
            Bench.Measured<BenchReport.Throughput> baseline = bench.embedding(
                    "langchain4j all-MiniLM-L6-v2 (library defaults), recursive(300, 30)", baselineModel,
                    new HuggingFaceTokenCountEstimator(), segments);
            ingestion.add(0, baseline.result());
            // The same model with library defaults on exactly the texts Newsdesk embeds: what the ONNX tuning buys.
            ingestion.add(1, bench.embedding("langchain4j all-MiniLM-L6-v2 (library defaults), Newsdesk's chunks",
                    baselineModel, new HuggingFaceTokenCountEstimator(),
                    sample.texts().stream().map(TextSegment::from).toList()).result());
            List<String> questions = questions(all);
            List<BenchReport.AnswerPath> answers = answerPaths(log, full, inMemory.embedded(), baselineModel,
                    segments, baseline.vectors(), questions, work);
            List<BenchReport.Search> searched = searches(bench, raw.vectors(), full, questions);
            return new BenchReport(Instant.now(clock).toString(), options.corpus.getFileName().toString(), sampled.size(),
                    ingestion, GemmRate.modelRate(raw.result(), threads, log), answers, searched, SNAPSHOT_BENCH);
        } finally {
            BenchSupport.close(full);
        }
    }

    private BenchReport.Throughput quantized(Bench bench, PipelineBench.Sample sample, int threads) throws Exception {
        Embedder quantized = embedders.apply(MiniLmEmbedder.Variant.QUANTIZED, threads);
        try {
            return bench.embedding("newsdesk MiniLmEmbedder quantized, raw (" + threads + " threads)", quantized,
                    sample.texts(), sample.wordPieces()).result();
        } finally {
            BenchSupport.close(quantized);
        }
    }

    private List<BenchReport.AnswerPath> answerPaths(Consumer<String> log, Embedder full,
                                                     List<EmbeddedArticle> base, EmbeddingModel baselineModel,
                                                     List<TextSegment> segments, List<float[]> segmentVectors,
                                                     List<String> questions, Path work) throws Exception {
        Function<Path, Settings> settings = BenchSupport.settingsFor(env);
        AnswerPathBench answering = new AnswerPathBench(settings, clock, log);
        Random random = new Random(7);
        List<BenchReport.AnswerPath> rows = new ArrayList<>();
        Settings chosen = settings.apply(work);
        // NEWSDESK_QUESTION_MODEL=minilm-q: questions embedded by the quantized model over the full model's passages.
        Embedder questionModel = chosen.questionModel().equals(chosen.model()) ? full
                : embedders.apply(MiniLmEmbedder.Variant.QUANTIZED, chosen.embedThreads());
        try {
            for (int size : options.sizes) {
                rows.add(answering.newsdesk(full, questionModel, base, size, questions, options.searches,
                        work.resolve("answer-" + size), random));
                rows.add(answering.baseline(baselineModel, segments, segmentVectors, size, questions,
                        options.searches, options.k, random));
            }
        } finally {
            if (questionModel != full) {
                BenchSupport.close(questionModel);
            }
        }
        return rows;
    }

    private List<BenchReport.Search> searches(Bench bench, List<float[]> base, Embedder full, List<String> questions) {
        Random random = new Random(42);
        int n = options.searches;
        List<float[]> queryVectors = options.queries == null
                ? SyntheticVectors.replicate(base, n, 5 * Bench.VECTOR_NOISE, random)
                : BenchSupport.cycle(full.embedAll(questions.subList(0, Math.min(n, questions.size()))), n);
        List<BenchReport.Search> results = new ArrayList<>();
        for (Supplier<BenchedVectorStore> store : stores) {
            BenchedVectorStore benched = store.get();
            for (int size : options.sizes) {
                results.add(bench.search(benched, base, size, queryVectors, options.k, random));
            }
            benched.load(List.of());
        }
        return results;
    }

    /** The questions of {@code --queries}, or else every article title. */
    private List<String> questions(List<Article> all) throws IOException {
        List<String> questions = options.queries == null ? all.stream().map(Article::title).toList()
                : EvalQueries.load(options.queries).queries().stream().map(EvalQuery::question).toList();
        if (questions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no questions in " + options.queries);
        }
        return questions;
    }
}
