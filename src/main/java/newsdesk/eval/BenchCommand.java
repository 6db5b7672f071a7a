package newsdesk.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

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

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.index.ArrayEmbeddingStore;

/**
 * {@code newsdesk bench}: raw embedding throughput of all-MiniLM-L6-v2 (library defaults) over the corpus's
 * recursive(300, 30) chunks, then top-k search latency at each synthetic size of langchain4j's
 * {@code InMemoryEmbeddingStore}, Newsdesk's {@code ArrayEmbeddingStore} and the {@code VectorMatrix} scan its
 * retriever runs; prints two tables and with {@code --out} writes {@code bench.json} and {@code bench.md}.
 *
 * <pre>newsdesk bench --corpus corpus.json --queries queries-dev.json --out target/bench</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure embedding throughput and vector search latency at 1k/10k/100k vectors.")
public final class BenchCommand implements Callable<Integer> {

    public static final String JSON_FILE = "bench.json";
    public static final String MARKDOWN_FILE = "bench.md";
    /** all-MiniLM-L6-v2 embeds into 384 dimensions. */
    static final int DIMENSION = 384;

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Articles: a file or folder Newsdesk can read (MultiHop-RAG corpus.json among them).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Questions to embed as search queries (default: noisy copies of corpus embeddings).")
    Path queries;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "500",
            description = "Chunks to embed for throughput, spread over the corpus (default: ${DEFAULT-VALUE}).")
    int segments;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "Synthetic store sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "200",
            description = "Timed searches per size (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "-k", paramLabel = "K", defaultValue = "10", description = "Results per search (default: 10).")
    int k;

    @Option(names = "--out", paramLabel = "DIR", description = "Write bench.json and bench.md here.")
    Path out;

    @Spec
    CommandSpec spec;

    private final Supplier<EmbeddingModel> model;
    private final List<Supplier<BenchedVectorStore>> stores;
    private final Clock clock;

    public BenchCommand() {
        this(AllMiniLmL6V2EmbeddingModel::new, List.of(
                () -> new EmbeddingStoreBench("InMemoryEmbeddingStore", InMemoryEmbeddingStore::new),
                () -> new EmbeddingStoreBench("newsdesk ArrayEmbeddingStore", () -> new ArrayEmbeddingStore(DIMENSION)),
                () -> new VectorMatrixBench(DIMENSION)), Clock.systemUTC());
    }

    /** A bench of the given model (created once per run) against the given vector stores. */
    public BenchCommand(Supplier<EmbeddingModel> model, List<Supplier<BenchedVectorStore>> stores, Clock clock) {
        this.model = model;
        this.stores = List.copyOf(stores);
        this.clock = clock;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (segments < 1 || searches < 1 || k < 1 || sizes.stream().anyMatch(s -> s < 1)) {
            throw new ParameterException(spec.commandLine(), "--segments, --searches, -k and --sizes must be >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Bench bench = new Bench(line -> {
            err.println(line);
            err.flush();
        });
        List<Article> articles = ArticleLoader.withDefaultReaders().load(corpus).articles();
        if (articles.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no articles could be read from " + corpus);
        }
        List<TextSegment> sample = spread(RecursiveChunks.split(articles), segments);
        EmbeddingModel embedder = model.get();
        Bench.Measured<BenchReport.Embedding> embedding = bench.embedding("all-MiniLM-L6-v2 (library defaults)",
                embedder, new HuggingFaceTokenCountEstimator(), sample);
        Random random = new Random(42);
        List<float[]> queryVectors = queryVectors(embedder, embedding.vectors(), random);
        List<BenchReport.Search> results = new ArrayList<>();
        for (Supplier<BenchedVectorStore> store : stores) {
            BenchedVectorStore benched = store.get();
            for (int size : sizes) {
                results.add(bench.search(benched, embedding.vectors(), size, queryVectors, k, random));
            }
            benched.load(List.of());
        }
        BenchReport report = new BenchReport(Instant.now(clock).toString(), corpus.getFileName().toString(),
                embedding.result(), results);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text(report));
        if (out != null) {
            Files.createDirectories(out);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve(JSON_FILE).toFile(),
                    report);
            Files.writeString(out.resolve(MARKDOWN_FILE), markdown(report), StandardCharsets.UTF_8);
            stdout.println("Wrote " + out.resolve(JSON_FILE) + " and " + MARKDOWN_FILE);
        }
        stdout.flush();
        return 0;
    }

    private List<float[]> queryVectors(EmbeddingModel embedder, List<float[]> base, Random random) throws Exception {
        if (queries == null) {
            return SyntheticVectors.replicate(base, searches, 5 * Bench.VECTOR_NOISE, random);
        }
        List<TextSegment> questions = EvalQueries.load(queries).queries().stream()
                .map(q -> TextSegment.from(q.question())).limit(searches).toList();
        List<float[]> embedded = embedder.embedAll(questions).content().stream().map(e -> e.vector()).toList();
        List<float[]> cycled = new ArrayList<>(searches);
        for (int i = 0; i < searches; i++) {
            cycled.add(embedded.get(i % embedded.size()));
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

    static String text(BenchReport report) {
        return report.corpus() + ", " + report.generatedAt() + "\n\n" + embeddingTable(report).text() + "\n"
                + searchTable(report).text();
    }

    static String markdown(BenchReport report) {
        return "# Benchmark report\n\n" + report.corpus() + ", " + report.generatedAt() + "\n\n## Embedding\n\n"
                + embeddingTable(report).markdown() + "\nWord pieces are counted over the full text of each chunk; "
                + "the model may truncate long inputs.\n\n## Vector search\n\n" + searchTable(report).markdown()
                + "\nSynthetic vectors: real chunk embeddings repeated with Gaussian noise σ = " + Bench.VECTOR_NOISE
                + " per dimension, renormalised. Latency percentiles are nearest-rank, after " + Bench.WARMUP
                + " warm-up searches. Heap per vector is approximate (used heap after GC).\n";
    }

    private static Table embeddingTable(BenchReport report) {
        BenchReport.Embedding e = report.embedding();
        return new Table(List.of("model", "segments", "word pieces", "seconds", "segments/s", "word pieces/s"),
                List.of(List.of(e.model(), Integer.toString(e.segments()), Long.toString(e.wordPieces()),
                        fmt("%.1f", e.seconds()), fmt("%.1f", e.segmentsPerSecond()),
                        fmt("%.0f", e.wordPiecesPerSecond()))));
    }

    private static Table searchTable(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.Search s : report.searches()) {
            rows.add(List.of(s.store(), Integer.toString(s.size()), Integer.toString(s.k()),
                    fmt("%.2f", s.latency().p50()), fmt("%.2f", s.latency().p95()), fmt("%.2f", s.latency().p99()),
                    fmt("%.0f", s.queriesPerSecond()), fmt("%.2f", s.loadSeconds()),
                    fmt("%.0f", s.heapBytesPerVector())));
        }
        return new Table(List.of("store", "vectors", "k", "p50 ms", "p95 ms", "p99 ms", "searches/s", "load s",
                "heap B/vector"), rows);
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
