package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
 *   {@link MiniLmEmbedder} (full and quantized) alone over those texts; and the whole pipeline on the same articles, in memory and with the snapshot
 *   written, with the share of throughput it loses to the raw full model (fastest of {@code --rounds}); and the
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

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Articles: a file or folder Newsdesk can read (MultiHop-RAG corpus.json among them).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE", description = "Questions (MultiHop-RAG JSON or Newsdesk "
            + "JSONL) for the answer path and search queries (default: the corpus's article titles).")
    Path queries;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "12",
            description = "Articles, spread over the corpus, ingested for throughput and replicated into the "
                    + "synthetic corpora (default: ${DEFAULT-VALUE}, a few hundred chunks of news).")
    int articles;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "Rounds of raw model, pipeline and pipeline with snapshot, in turn; the fastest of each is "
                    + "kept, so a burst of load on a shared machine skews less (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "Synthetic corpus and store sizes in chunks (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "200",
            description = "Timed questions and searches per size (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "-k", paramLabel = "K", defaultValue = "10",
            description = "Results per vector search and per baseline retrieval (default: 10).")
    int k;

    @Option(names = "--out", paramLabel = "DIR", description = "Write bench.json and bench.md here.")
    Path out;

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
        if (articles < 1 || rounds < 1 || searches < 1 || k < 1 || sizes.stream().anyMatch(s -> s < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--articles, --rounds, --searches, -k and --sizes must be >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Article> all = ArticleLoader.withDefaultReaders().load(corpus).articles();
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no articles could be read from " + corpus);
        }
        Path work = Files.createTempDirectory("newsdesk-bench");
        try {
            BenchReport report = run(all, work, line -> {
                err.println(line);
                err.flush();
            });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(BenchTables.text(report));
            if (out != null) {
                Files.createDirectories(out);
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(out.resolve(JSON_FILE).toFile(), report);
                Files.writeString(out.resolve(MARKDOWN_FILE), BenchTables.markdown(report), StandardCharsets.UTF_8);
                stdout.println("Wrote " + out.resolve(JSON_FILE) + " and " + MARKDOWN_FILE);
            }
            stdout.flush();
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private BenchReport run(List<Article> all, Path work, Consumer<String> log) throws Exception {
        Function<Path, Settings> settings = settingsFor();
        int threads = settings.apply(work).embedThreads();
        List<Article> sampled = spread(all, articles);
        Bench bench = new Bench(log);
        PipelineBench pipeline = new PipelineBench(settings, clock, log);
        List<BenchReport.Throughput> ingestion = new ArrayList<>();
        Embedder full = embedders.apply(MiniLmEmbedder.Variant.FULL, threads);
        try {
            PipelineBench.Sample sample = pipeline.sample(full, sampled, work.resolve("sample"));
            Bench.Measured<BenchReport.Throughput> raw = null;
            PipelineBench.Measured inMemory = null;
            BenchReport.Throughput persisted = null;
            for (int round = 1; round <= rounds; round++) {
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
            return new BenchReport(Instant.now(clock).toString(), corpus.getFileName().toString(), sampled.size(),
                    ingestion, modelRate(raw.result(), threads, log), answers, searched, SNAPSHOT_BENCH);
        } finally {
            close(full);
        }
    }

    /**
     * The GEMM of the model's feed-forward layer for a batch of 32 texts of 100 word pieces ([3200 × 384] · [384 ×
     * 1536]), on the embedder's thread count, beside the raw full model's rate.
     */
    private static BenchReport.ModelRate modelRate(BenchReport.Throughput raw, int threads, Consumer<String> log) {
        int m = 3200;
        int k = 384;
        int n = 1536;
        double gemm = GemmRate.gflops(m, k, n, threads, 10);
        BenchReport.ModelRate rate = new BenchReport.ModelRate(m, k, n, threads, gemm,
                raw.wordPiecesPerSecond() * GemmRate.MINILM_FLOP_PER_WORD_PIECE / 1e9);
        log.accept(String.format("FP32 GEMM %.1f GFLOP/s, model %.1f GFLOP/s", gemm, rate.modelGflops()));
        return rate;
    }

    private BenchReport.Throughput quantized(Bench bench, PipelineBench.Sample sample, int threads) throws Exception {
        Embedder quantized = embedders.apply(MiniLmEmbedder.Variant.QUANTIZED, threads);
        try {
            return bench.embedding("newsdesk MiniLmEmbedder quantized, raw (" + threads + " threads)", quantized,
                    sample.texts(), sample.wordPieces()).result();
        } finally {
            close(quantized);
        }
    }

    private List<BenchReport.AnswerPath> answerPaths(Consumer<String> log, Embedder full,
                                                     List<EmbeddedArticle> base, EmbeddingModel baselineModel,
                                                     List<TextSegment> segments, List<float[]> segmentVectors,
                                                     List<String> questions, Path work) throws Exception {
        AnswerPathBench answering = new AnswerPathBench(settingsFor(), clock, log);
        Random random = new Random(7);
        List<BenchReport.AnswerPath> rows = new ArrayList<>();
        for (int size : sizes) {
            rows.add(answering.newsdesk(full, base, size, questions, searches, work.resolve("answer-" + size), random));
            rows.add(answering.baseline(baselineModel, segments, segmentVectors, size, questions, searches, k, random));
        }
        return rows;
    }

    /** Newsdesk's settings from {@code env}, with the data directory and seeds under the given folder. */
    private Function<Path, Settings> settingsFor() {
        return dir -> {
            Map<String, String> values = new HashMap<>(env);
            values.put("NEWSDESK_DATA_DIR", dir.resolve("data").toString());
            values.put("NEWSDESK_SEEDS", dir.resolve("seeds").toString());
            return Settings.from(values);
        };
    }

    private List<BenchReport.Search> searches(Bench bench, List<float[]> base, Embedder full, List<String> questions) {
        Random random = new Random(42);
        List<float[]> queryVectors = queries == null
                ? SyntheticVectors.replicate(base, searches, 5 * Bench.VECTOR_NOISE, random)
                : cycle(full.embedAll(questions.subList(0, Math.min(searches, questions.size()))), searches);
        List<BenchReport.Search> results = new ArrayList<>();
        for (Supplier<BenchedVectorStore> store : stores) {
            BenchedVectorStore benched = store.get();
            for (int size : sizes) {
                results.add(bench.search(benched, base, size, queryVectors, k, random));
            }
            benched.load(List.of());
        }
        return results;
    }

    /** The questions of {@code --queries}, or else every article title. */
    private List<String> questions(List<Article> all) throws IOException {
        List<String> questions = queries == null ? all.stream().map(Article::title).toList()
                : EvalQueries.load(queries).queries().stream().map(EvalQuery::question).toList();
        if (questions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no questions in " + queries);
        }
        return questions;
    }

    private static <T> List<T> cycle(List<T> items, int n) {
        List<T> cycled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cycled.add(items.get(i % items.size()));
        }
        return cycled;
    }

    /** {@code n} items evenly spread over the list (all of them when it is shorter). */
    static <T> List<T> spread(List<T> items, int n) {
        if (items.size() <= n) {
            return items;
        }
        List<T> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(items.get((int) ((long) i * items.size() / n)));
        }
        return picked;
    }

    private static void close(Embedder embedder) throws Exception {
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
