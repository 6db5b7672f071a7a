package newsdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import newsdesk.Newsdesk;
import newsdesk.qa.QaService;
import newsdesk.article.Article;
import newsdesk.cli.CommonOptions;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.web.ApiJson;

/**
 * {@code newsdesk news-eval}: scores the latest, timeline and coverage questions of a news JSONL file
 * ({@link NewsChecks}) against the index in {@code --data-dir} (no seeds are read), or against answers saved from
 * any system's {@code /api/ask} ({@code --answers}, one {@code {"id","answer"}} line each). Against the index it also
 * counts the articles that are copies of another and the copy passages that grouping keeps out of the answers.
 *
 * <pre>newsdesk news-eval --data-dir /tmp/mh-data --queries docs/eval/news-dev.jsonl</pre>
 */
@Command(name = "news-eval", mixinStandardHelpOptions = true,
        description = "Score latest, timeline and coverage questions; count wire copies and what grouping saves.")
public final class NewsEvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    CommonOptions common;

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "News questions (JSONL).")
    Path queries;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Score these saved API answers ({\"id\",\"answer\"} lines) instead of asking.")
    Path answers;

    @Option(names = "--grouping-queries", paramLabel = "FILE", description = "Also count, over these questions "
            + "(MultiHop-RAG JSON or Newsdesk JSONL), the copy passages kept out and the answers citing a story once.")
    Path groupingQueries;

    @Option(names = "--verbose", description = "Print every question's verdict.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<NewsChecks.Spec> specs = specs(queries);
        Map<String, NewsChecks.Verdict> verdicts = new HashMap<>();
        if (answers != null) {
            Map<String, JsonNode> saved = saved(answers);
            for (NewsChecks.Spec spec : specs) {
                JsonNode answer = saved.get(spec.id());
                if (answer != null) {
                    verdicts.put(spec.id(), NewsChecks.check(spec, answer));
                }
            }
        } else {
            try (Newsdesk desk = Newsdesk.create(common.settings(System.getenv()))) {
                desk.restore();
                QaService qa = desk.qa();
                ApiJson api = new ApiJson();
                int slots = 0;
                for (NewsChecks.Spec spec : specs) {
                    verdicts.put(spec.id(), NewsChecks.check(spec, api.answer(qa.ask(spec.question(), null,
                            Filters.NONE))));
                    slots += copyPassages(qa, qa.search(spec.question(), desk.settings().topK(), Filters.NONE));
                }
                census(qa);
                if (groupingQueries != null) {
                    grouping(qa, EvalQueries.load(groupingQueries).queries(), desk.settings().topK());
                }
                common.out().printf(Locale.ROOT, "copy passages among the top %d of these questions: %d%n",
                        desk.settings().topK(), slots);
            }
        }
        report(specs, verdicts);
        return 0;
    }

    private void report(List<NewsChecks.Spec> specs, Map<String, NewsChecks.Verdict> verdicts) {
        common.out().println("| kind | questions | pass | cites newest | story articles cited (mean) | outlets (mean) |");
        common.out().println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String kind : List.of("latest", "timeline", "coverage")) {
            List<NewsChecks.Verdict> of = specs.stream().filter(s -> s.kind().equals(kind))
                    .map(s -> verdicts.get(s.id())).filter(v -> v != null).toList();
            long pass = of.stream().filter(NewsChecks.Verdict::pass).count();
            long newest = of.stream().filter(NewsChecks.Verdict::citesNewest).count();
            common.out().printf(Locale.ROOT, "| %s | %d | %d | %s | %.2f | %.2f |%n", kind, of.size(), pass,
                    kind.equals("latest") ? String.valueOf(newest) : "-",
                    of.stream().mapToInt(NewsChecks.Verdict::storyArticles).average().orElse(0),
                    of.stream().mapToInt(NewsChecks.Verdict::outlets).average().orElse(0));
        }
        for (NewsChecks.Spec spec : specs) {
            NewsChecks.Verdict v = verdicts.get(spec.id());
            if (v != null && (verbose || !v.pass())) {
                common.out().println((v.pass() ? "pass " : "FAIL ") + spec.id() + ": " + v.reason());
            }
        }
    }

    /** How many articles have a copy, in how many stories. */
    private void census(QaService qa) {
        int count = qa.articleCount();
        Set<String> withCopies = new HashSet<>();
        int groups = 0;
        for (Article article : qa.articles(0, count)) {
            List<Article> copies = qa.copies(article.id());
            if (!copies.isEmpty() && withCopies.add(article.id())) {
                groups++;
                copies.forEach(c -> withCopies.add(c.id()));
            }
        }
        common.out().printf(Locale.ROOT, "articles with a copy: %d of %d, in %d stories%n", withCopies.size(), count,
                groups);
    }

    /** Over {@code questions}: copy passages among the top {@code k}, and answers whose citations carry copies. */
    private void grouping(QaService qa, List<EvalQuery> questions, int k) {
        int slots = 0;
        int folded = 0;
        int copies = 0;
        for (EvalQuery query : questions) {
            slots += copyPassages(qa, qa.search(query.question(), k, Filters.NONE));
            int carried = qa.ask(query.question(), null, Filters.NONE).citations().stream()
                    .mapToInt(c -> c.copies().size()).sum();
            folded += carried > 0 ? 1 : 0;
            copies += carried;
        }
        common.out().printf(Locale.ROOT, "%s questions: %d copy passages among the top %d; %d answers cite a story "
                + "with copies (%d copies folded into their citations)%n", questions.size(), slots, k, folded, copies);
    }

    /** Passages whose article is a copy of a better-ranked passage's article: what grouping keeps out. */
    static int copyPassages(QaService qa, List<Passage> passages) {
        Set<String> shadowed = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int copies = 0;
        for (Passage p : passages) {
            String id = p.article().id();
            if (shadowed.contains(id) && !seen.contains(id)) {
                copies++;
                continue;
            }
            if (seen.add(id)) {
                qa.copies(id).forEach(c -> shadowed.add(c.id()));
            }
        }
        return copies;
    }

    static List<NewsChecks.Spec> specs(Path file) throws IOException {
        List<NewsChecks.Spec> specs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                NewsChecks.Spec spec = NewsChecks.spec(JSON.readTree(line));
                if (NewsChecks.KINDS.contains(spec.kind())) {
                    specs.add(spec);
                }
            }
        }
        return specs;
    }

    private static Map<String, JsonNode> saved(Path file) throws IOException {
        Map<String, JsonNode> saved = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                saved.put(node.path("id").asText(), node.path("answer"));
            }
        }
        return saved;
    }
}
