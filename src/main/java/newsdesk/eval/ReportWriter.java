package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Renders an {@link EvalReport}: a quality table (overall and per query type for every contender) and a speed
 * table, as plain text for the terminal and as Markdown; writes {@code report.json}, {@code report.md} and
 * {@code details.jsonl} (one line per contender and query) into an output folder.
 */
public final class ReportWriter {

    public static final String JSON_FILE = "report.json";
    public static final String MARKDOWN_FILE = "report.md";
    public static final String DETAILS_FILE = "details.jsonl";
    static final String ATTRIBUTION = "Data: MultiHop-RAG (Tang & Yang, \"MultiHop-RAG: Benchmarking "
            + "Retrieval-Augmented Generation for Multi-Hop Queries\", COLM 2024), licensed ODC-BY 1.0.";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NONE = "—";
    static final String KINDS_LEGEND = "n = queries of the kind; InText = share of those with expected answers "
            + "whose answer text contains one (abstaining counts as not); InDirect = the same for the direct answer "
            + "(parts joined, resolved dates written out); Direct = share of them that got a direct answer at all; "
            + "Top5 = share of queries with gold articles that have one among the articles of the top 5 chunks; "
            + "Abstained = share of all n abstained on (the target for unanswerable kinds). \"Contains\" is one "
            + "rule (AnswerMatch): case, punctuation and whitespace ignored, word boundaries kept, thousands "
            + "separators, \"%\"/\"per cent\", \"bn\", ordinals and month abbreviations next to numbers "
            + "normalised, dates read month first (ISO dates too).\n";

    private ReportWriter() {
    }

    public static String text(EvalReport report) {
        String text = headline(report) + "\n\n" + quality(report).text() + "\n";
        Table kinds = kinds(report);
        return text + (kinds.rows().isEmpty() ? "" : kinds.text() + "\n") + speed(report).text();
    }

    public static String markdown(EvalReport report) {
        StringBuilder out = new StringBuilder("# Evaluation report\n\n").append(headline(report)).append("\n\n");
        if (EvalQueries.MULTIHOP_RAG.equals(report.format())) {
            out.append(ATTRIBUTION).append("\n\n");
        }
        out.append("## Quality\n\n").append(quality(report).markdown()).append('\n')
                .append("Hits@k and MRR@10 use MultiHop-RAG's hit rule (a retrieved chunk is a hit when a gold fact, ")
                .append("whitespace removed, is a substring of it) over queries with gold facts (`scored`); ")
                .append("ArtR@k is evidence-article recall; Gold = answer contains the gold answer; ")
                .append("Verbatim = cited sentences found word for word in the cited article; ")
                .append("Abstain = abstentions on should-abstain queries; FalseAbst = abstentions on answerable ones.")
                .append("\n\n");
        Table kinds = kinds(report);
        if (!kinds.rows().isEmpty()) {
            out.append("## Answers by kind\n\n").append(kinds.markdown()).append('\n').append(KINDS_LEGEND);
        }
        out.append("\n## Speed\n\n").append(speed(report).markdown()).append('\n')
                .append("Latency percentiles are nearest-rank over every query, in milliseconds, after ")
                .append(EvalRunner.WARMUP).append(" untimed warm-up queries.\n");
        for (SystemReport system : report.systems()) {
            if (!system.abstentionSweep().isEmpty()) {
                out.append("\n## Abstention by confidence threshold: ").append(system.name()).append("\n\n")
                        .append(sweep(system).markdown()).append('\n')
                        .append("Share of should-abstain (Abstain) and answerable (FalseAbst) queries whose answer ")
                        .append("confidence is below each threshold.\n");
            }
        }
        return out.toString();
    }

    public static void write(EvalReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(JSON_FILE).toFile(), report);
        Files.writeString(dir.resolve(MARKDOWN_FILE), markdown(report), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (SystemReport system : report.systems()) {
            for (QueryOutcome outcome : system.outcomes()) {
                lines.add(JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(details(system.name(), outcome)));
            }
        }
        Files.write(dir.resolve(DETAILS_FILE), lines, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> details(String system, QueryOutcome outcome) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("system", system);
        line.put("id", outcome.query().id());
        line.put("type", outcome.query().type());
        line.put("firstHitRank", outcome.firstHitRank());
        line.put("recall10", outcome.recall10());
        line.put("searchMs", outcome.searchMs());
        line.put("topArticles", outcome.topArticles());
        line.put("answer", outcome.answer());
        return line;
    }

    private static String headline(EvalReport report) {
        return String.format(Locale.ROOT, "%s (%s, %d queries) over %s (%d articles), %s", report.queries(),
                report.format(), report.queryCount(), report.corpus(), report.articles(), report.generatedAt());
    }

    static Table quality(EvalReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemReport system : report.systems()) {
            rows.add(qualityRow(system.name(), "all", system.overall()));
            for (String type : report.types()) {
                rows.add(qualityRow("", type, system.byType().get(type)));
            }
        }
        return new Table(List.of("system", "queries", "n", "scored", "Hits@4", "Hits@10", "MRR@10", "ArtR@4",
                "ArtR@10", "Gold", "Verbatim", "Abstain", "FalseAbst"), rows);
    }

    private static List<String> qualityRow(String name, String group, Scores s) {
        Scores.AnswerScores a = s.answers();
        return List.of(name, group, Integer.toString(s.queries()), Integer.toString(s.scored()), num(s.hits4()),
                num(s.hits10()), num(s.mrr10()), num(s.recall4()), num(s.recall10()),
                a == null ? NONE : num(a.containsGold()), a == null ? NONE : num(a.verbatim()),
                a == null ? NONE : num(a.abstention()), a == null ? NONE : num(a.falseAbstention()));
    }

    /** Answers per query kind: the shares an answer-quality target is stated in. */
    static Table kinds(EvalReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemReport system : report.systems()) {
            if (system.overall().answers() == null) {
                continue;
            }
            rows.add(kindRow(system.name(), "all", system.overall()));
            for (String type : report.types()) {
                rows.add(kindRow("", type, system.byType().get(type)));
            }
        }
        return new Table(List.of("system", "kind", "n", "InText", "InDirect", "Direct", "Top5", "Abstained"), rows);
    }

    private static List<String> kindRow(String name, String kind, Scores s) {
        Scores.AnswerScores a = s.answers();
        return List.of(name, kind, Integer.toString(s.queries()), num(a.containsGold()), num(a.directGold()),
                num(a.withDirect()), num(s.articleTop5()), num(a.abstained()));
    }

    static Table speed(EvalReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SystemReport system : report.systems()) {
            rows.add(speedRow(system.name(), "search", String.format(Locale.ROOT, "%.1f", system.ingestSeconds()),
                    system.search()));
            if (system.answer() != null) {
                rows.add(speedRow("", "answer", "", system.answer()));
            }
            system.answerStages().forEach((stage, latency) -> rows.add(speedRow("", "  " + stage, "", latency)));
        }
        return new Table(List.of("system", "stage", "ingest s", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms"), rows);
    }

    private static List<String> speedRow(String name, String stage, String ingest, LatencySummary l) {
        return List.of(name, stage, ingest, Integer.toString(l.count()), ms(l.p50()), ms(l.p95()), ms(l.p99()),
                ms(l.mean()));
    }

    static Table sweep(SystemReport system) {
        List<List<String>> rows = new ArrayList<>();
        for (AbstentionSweep.Point point : system.abstentionSweep()) {
            rows.add(List.of(String.format(Locale.ROOT, "%.2f", point.threshold()), num(point.abstention()),
                    num(point.falseAbstention())));
        }
        return new Table(List.of("threshold", "Abstain", "FalseAbst"), rows);
    }

    private static String num(Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }
}
