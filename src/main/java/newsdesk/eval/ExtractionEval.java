package newsdesk.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.Furniture;
import newsdesk.article.HtmlReader;
import newsdesk.article.LoadResult;

/**
 * Runs the article readers over a folder of saved pages ({@code ID.html}) and writes what they extracted in the
 * Article Extraction Benchmark's prediction format ({@code {"version": ..., "output": {ID: {"articleBody": ...}}}}),
 * which the benchmark's own {@code evaluate.py} scores. A page the readers refuse gets an empty body and is listed
 * on standard error with the reason; pages loaded with missing metadata are listed too. Prints pages, refused pages
 * and the mean extraction time per page, wall clock and CPU time of the reading thread (after one warm-up pass over
 * all pages; on a busy machine the CPU time is the steadier figure). {@code --without CAPTIONS,RELATED}
 * switches furniture rules off ({@code --without all}: Readability alone) to measure what each one does.
 *
 * <pre>java -cp target/newsdesk.jar newsdesk.eval.ExtractionEval --pages DIR --out output/newsdesk.json</pre>
 */
public final class ExtractionEval {

    private ExtractionEval() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path pages = Path.of(options.getOrDefault("--pages", "."));
        Path out = Path.of(options.getOrDefault("--out", "output/newsdesk.json"));
        String version = options.getOrDefault("--version", "newsdesk");
        Set<Furniture> rules = Furniture.all();
        for (String name : options.getOrDefault("--without", "").split(",")) {
            if (name.equalsIgnoreCase("all")) {
                rules.clear();
            } else if (!name.isBlank()) {
                rules.remove(Furniture.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        System.exit(run(pages, out, version, rules, System.out, System.err));
    }

    static int run(Path pages, Path out, String version, Set<Furniture> rules, PrintStream stdout, PrintStream stderr)
            throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(pages)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        if (files.isEmpty()) {
            stderr.println("no .html pages in " + pages.toAbsolutePath());
            return 2;
        }
        ArticleLoader loader = new ArticleLoader(List.of(new HtmlReader(rules)));
        files.forEach(loader::load); // warm-up: class loading and JIT, not measured
        Map<String, Map<String, String>> output = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        int incomplete = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long startedCpu = threads.getCurrentThreadCpuTime();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.html$", "");
            LoadResult result = loader.load(file);
            String body = result.articles().isEmpty() ? "" : result.articles().get(0).body();
            output.put(id, Map.of("articleBody", body));
            if (result.articles().isEmpty()) {
                refused.add(id);
                result.failures().forEach(f -> stderr.println("refused " + f));
            } else {
                incomplete += result.notes().isEmpty() ? 0 : 1;
                result.notes().forEach(n -> stderr.println("incomplete " + n));
                describe(result.articles().get(0), stderr);
            }
        }
        double millisPerPage = (System.nanoTime() - started) / 1e6 / files.size();
        double cpuMillisPerPage = (threads.getCurrentThreadCpuTime() - startedCpu) / 1e6 / files.size();
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.toFile(), Map.of("version", version, "output", output));
        stdout.printf("%d pages, %d refused, %d loaded with missing metadata, %.1f ms per page (%.1f ms CPU);"
                + " wrote %s%n", files.size(), refused.size(), incomplete, millisPerPage, cpuMillisPerPage, out);
        return 0;
    }

    private static void describe(Article article, PrintStream stderr) {
        if (Boolean.getBoolean("extraction.verbose")) {
            stderr.printf("page %s | %s | %s | %s | %s%n", article.title(), article.source(), article.author(),
                    article.publishedAt(), article.url());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --pages DIR --out FILE [--version NAME], got " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
