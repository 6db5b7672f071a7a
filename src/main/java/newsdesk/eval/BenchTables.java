package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Renders a {@link BenchReport} as plain-text tables (stdout) or Markdown ({@code bench.md}). */
final class BenchTables {

    private BenchTables() {
    }

    /** Writes the report as {@code bench.json} and {@code bench.md} into {@code out}. */
    static void write(BenchReport report, Path out) throws IOException {
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve(BenchCommand.JSON_FILE).toFile(), report);
        Files.writeString(out.resolve(BenchCommand.MARKDOWN_FILE), markdown(report), StandardCharsets.UTF_8);
    }

    static String text(BenchReport report) {
        return report.corpus() + ", " + report.generatedAt() + "\n\nIngestion (" + sample(report) + ")\n"
                + ingestion(report).text() + stages(report) + modelRate(report) + "\nAnswer path, one question at a time\n" + answers(report).text()
                + "\nVector search\n" + searches(report).text() + "\n" + report.snapshotBench() + "\n";
    }

    static String markdown(BenchReport report) {
        return "# Benchmark report\n\n" + report.corpus() + ", " + report.generatedAt() + "\n\n## Ingestion\n\n"
                + "Sample: " + sample(report) + ".\n\n" + ingestion(report).markdown() + "\n" + stages(report)
                + "\n" + modelRate(report)
                + "\nRaw rows embed exactly the texts ingestion embeds (chunk text after its article title) in one call; "
                + "pipeline rows split sentences, chunk, embed in batches of 64 and index (vectors and Lucene) the same "
                + "articles, the last also writes a snapshot generation; \"lost\" is their throughput lost to the raw "
                + "full model. Raw full and pipeline rows are the fastest of the rounds run in turn (--rounds). "
                + "The baseline embeds recursive(300, 30) chunks of the same articles; word pieces are "
                + "counted before truncation (the library truncates at 128).\n\n## Answer path\n\n"
                + answers(report).markdown()
                + "\nOne question at a time, query embedding included (its own p50 in \"embed p50\"). Newsdesk: "
                + "`QaService.ask` (hybrid retrieval and extractive answer) in process over whole articles replicated "
                + "from the sample; the baseline: `EmbeddingStoreContentRetriever` top " + k(report)
                + " over an `InMemoryEmbeddingStore` of replicated recursive(300, 30) segments. Corpus vectors are the "
                + "real embeddings with Gaussian noise σ = " + Bench.VECTOR_NOISE + ". Heap per chunk: used heap after "
                + "GC before and after building (Newsdesk: vectors, Lucene, articles and chunk texts). Build s: "
                + "Newsdesk restoring the corpus from a snapshot written beforehand (read, verify, vector matrix and "
                + "Lucene), the baseline filling its store. Speed-up: "
                + "baseline p50 / Newsdesk p50 at the same size.\n\n## Vector search\n\n"
                + searches(report).markdown()
                + "\nSynthetic vectors: real chunk embeddings repeated with Gaussian noise σ = " + Bench.VECTOR_NOISE
                + " per dimension, renormalised. Latency percentiles are nearest-rank, after " + Bench.WARMUP
                + " warm-up searches. Heap per vector is approximate (used heap after GC).\n\n## Snapshot\n\n"
                + report.snapshotBench() + "\n";
    }

    /** The model's achieved FLOP rate beside the machine's GEMM rate. */
    private static String modelRate(BenchReport report) {
        BenchReport.ModelRate r = report.modelRate();
        return String.format(Locale.ROOT, "Hardware limit: FP32 GEMM [%d×%d]·[%d×%d] on %d threads (ONNX Runtime, this "
                + "run) %.1f GFLOP/s; all-MiniLM-L6-v2 full, raw (word pieces/s × %.1f MFLOP) %.1f GFLOP/s: %.0f %% "
                + "below the GEMM rate%n", r.m(), r.k(), r.k(), r.n(), r.threads(), r.gemmGflops(),
                GemmRate.MINILM_FLOP_PER_WORD_PIECE / 1e6, r.modelGflops(), r.gapPercent());
    }

    /** One line per row timed by stage: seconds in each. */
    private static String stages(BenchReport report) {
        StringBuilder out = new StringBuilder();
        for (BenchReport.Throughput t : report.ingestion()) {
            if (!t.stageSeconds().isEmpty()) {
                out.append(t.name()).append(" by stage:");
                t.stageSeconds().forEach((stage, seconds) -> out.append(' ').append(stage).append(' ')
                        .append(fmt("%.2f", seconds)).append(" s,"));
                out.setLength(out.length() - 1);
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String sample(BenchReport report) {
        int chunks = report.ingestion().stream().filter(t -> t.name().startsWith("newsdesk"))
                .mapToInt(BenchReport.Throughput::chunks).findFirst().orElse(0);
        return report.sampleArticles() + " articles, " + chunks + " Newsdesk chunks";
    }

    private static int k(BenchReport report) {
        return report.searches().isEmpty() ? 10 : report.searches().get(0).k();
    }

    private static Table ingestion(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.Throughput t : report.ingestion()) {
            rows.add(List.of(t.name(), Integer.toString(t.chunks()), Long.toString(t.wordPieces()),
                    fmt("%.1f", t.seconds()), fmt("%.1f", t.chunksPerSecond()), fmt("%.0f", t.wordPiecesPerSecond()),
                    t.lossPercent() == null ? "" : fmt("%.1f %%", t.lossPercent())));
        }
        return new Table(List.of("ingestion", "chunks", "word pieces", "seconds", "chunks/s", "word pieces/s",
                "lost to raw"), rows);
    }

    private static Table answers(BenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (BenchReport.AnswerPath a : report.answerPaths()) {
            rows.add(List.of(a.system(), Integer.toString(a.chunks()), fmt("%.2f", a.latency().p50()),
                    fmt("%.2f", a.latency().p95()), fmt("%.2f", a.latency().p99()), fmt("%.1f", a.queriesPerSecond()),
                    fmt("%.2f", a.queryEmbedding().p50()), fmt("%.1f", a.buildSeconds()),
                    fmt("%.0f", a.heapBytesPerChunk()), speedUp(report, a)));
        }
        return new Table(List.of("system", "chunks", "p50 ms", "p95 ms", "p99 ms", "questions/s", "embed p50 ms",
                "build s", "heap B/chunk", "speed-up"), rows);
    }

    /** For a Newsdesk row: the baseline's p50 over this row's p50 at the same requested size (the next row). */
    private static String speedUp(BenchReport report, BenchReport.AnswerPath row) {
        List<BenchReport.AnswerPath> all = report.answerPaths();
        int i = all.indexOf(row);
        if (!row.system().equals(AnswerPathBench.NEWSDESK) || i + 1 >= all.size()
                || !all.get(i + 1).system().equals(AnswerPathBench.BASELINE)) {
            return "";
        }
        return fmt("%.1f×", all.get(i + 1).latency().p50() / row.latency().p50());
    }

    private static Table searches(BenchReport report) {
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
