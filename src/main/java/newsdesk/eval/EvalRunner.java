package newsdesk.eval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerListener;
import newsdesk.answer.AnswerSignals;
import newsdesk.answer.ArticleFacts;
import newsdesk.answer.Citation;
import newsdesk.answer.SentenceFeatures;
import newsdesk.article.Article;

/**
 * Runs contenders one after another over the same corpus and queries and scores them.
 *
 * <p>For each contender: build it (timed as ingestion), run {@link #WARMUP} untimed searches (and answers), then
 * search every query for the top {@link #DEPTH} chunks and, when it answers, ask every query; score each query
 * ({@link QueryOutcome}) and aggregate overall and per query type ({@link Scores}). Contenders are closed before the
 * next one is built so only one index is in memory at a time.
 */
public final class EvalRunner {

    /** Retrieval depth: Hits@10 and MRR@10 need the top 10. */
    public static final int DEPTH = 10;
    /** Untimed calls before measuring, so JIT compilation does not land in the percentiles. */
    public static final int WARMUP = 5;
    private static final int PROGRESS_EVERY = 100;

    private final Clock clock;
    private final Consumer<String> log;
    private final CandidateLog candidates;

    public EvalRunner(Clock clock, Consumer<String> log) {
        this(clock, log, null);
    }

    /** A runner that also writes every answered query's candidate sentences to {@code candidates} (when not null). */
    public EvalRunner(Clock clock, Consumer<String> log, CandidateLog candidates) {
        this.clock = clock;
        this.log = log;
        this.candidates = candidates;
    }

    public EvalReport run(String corpusName, List<Article> corpus, QuerySet queries,
                          Map<String, SystemFactory> contenders) throws Exception {
        return run(corpusName, corpus, queries, contenders, partial -> { });
    }

    /** The same run, handing the report so far to {@code afterEach} whenever a contender is done. */
    public EvalReport run(String corpusName, List<Article> corpus, QuerySet queries,
                          Map<String, SystemFactory> contenders, ReportListener afterEach) throws Exception {
        List<String> types = new ArrayList<>(new LinkedHashSet<>(
                queries.queries().stream().map(EvalQuery::type).toList()));
        List<SystemReport> reports = new ArrayList<>();
        EvalReport report = null;
        for (Map.Entry<String, SystemFactory> contender : contenders.entrySet()) {
            reports.add(runOne(contender.getKey(), contender.getValue(), corpus, queries.queries(), types));
            report = new EvalReport(Instant.now(clock).toString(), corpusName, corpus.size(), queries.name(),
                    queries.format(), queries.queries().size(), types, reports);
            afterEach.accept(report);
        }
        return report;
    }

    /** Receives the report so far; may write it out. */
    @FunctionalInterface
    public interface ReportListener {
        void accept(EvalReport partial) throws Exception;
    }

    private SystemReport runOne(String name, SystemFactory factory, List<Article> corpus, List<EvalQuery> queries,
                                List<String> types) throws Exception {
        log.accept(name + ": ingesting " + corpus.size() + " articles");
        long start = System.nanoTime();
        try (EvalSystem system = factory.build(corpus)) {
            double ingestSeconds = (System.nanoTime() - start) / 1e9;
            log.accept(name + String.format(": ingested in %.1f s", ingestSeconds));
            warmUp(system, queries);
            Map<String, Article> articles = index(corpus);
            List<QueryOutcome> outcomes = new ArrayList<>();
            for (EvalQuery query : queries) {
                outcomes.add(evaluate(system, query, articles, candidates));
                if (outcomes.size() % PROGRESS_EVERY == 0) {
                    log.accept(name + ": " + outcomes.size() + "/" + queries.size() + " queries");
                }
            }
            SystemReport report = report(name, ingestSeconds, outcomes, types);
            log.accept(summary(report));
            return report;
        }
    }

    /** One line with the headline numbers, so long runs show each contender's result as soon as it is done. */
    static String summary(SystemReport report) {
        Scores s = report.overall();
        StringBuilder line = new StringBuilder(report.name()).append(String.format(Locale.ROOT,
                ": Hits@4 %s, Hits@10 %s, MRR@10 %s, ArtR@10 %s, search p50 %.1f ms", num(s.hits4()),
                num(s.hits10()), num(s.mrr10()), num(s.recall10()), report.search().p50()));
        if (s.answers() != null) {
            line.append(String.format(Locale.ROOT, "; answers: gold %s, verbatim %s, abstain %s, false abstain %s,"
                    + " p50 %.1f ms", num(s.answers().containsGold()), num(s.answers().verbatim()),
                    num(s.answers().abstention()), num(s.answers().falseAbstention()), report.answer().p50()));
            line.append("; gold in direct answer ").append(num(s.answers().directGold()));
        }
        return line.toString();
    }

    private static String num(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static void warmUp(EvalSystem system, List<EvalQuery> queries) {
        for (EvalQuery query : queries.subList(0, Math.min(WARMUP, queries.size()))) {
            system.search().search(query.question(), DEPTH);
            if (system.answers() != null) {
                system.answers().ask(query.question());
            }
        }
    }

    static QueryOutcome evaluate(EvalSystem system, EvalQuery query, Map<String, Article> articles) {
        return evaluate(system, query, articles, null);
    }

    private static QueryOutcome evaluate(EvalSystem system, EvalQuery query, Map<String, Article> articles,
                                         CandidateLog candidates) {
        long start = System.nanoTime();
        List<RetrievedChunk> top = system.search().search(query.question(), DEPTH);
        double searchMs = (System.nanoTime() - start) / 1e6;
        Integer rank = query.hasFacts()
                ? RetrievalMetrics.firstHitRank(top.stream().map(RetrievedChunk::text).toList(), query.facts())
                : null;
        Double recall4 = query.hasEvidence() ? RetrievalMetrics.evidenceRecall(top, query.evidence(), 4) : null;
        Double recall10 = query.hasEvidence() ? RetrievalMetrics.evidenceRecall(top, query.evidence(), 10) : null;
        List<String> topArticles = top.stream()
                .map(c -> c.articleUrl() != null ? c.articleUrl() : c.articleId()).toList();
        AnswerOutcome answer = system.answers() == null ? null : answer(system.answers(), query, articles,
                candidates);
        return new QueryOutcome(query, rank, recall4, recall10, searchMs, topArticles, answer);
    }

    private static AnswerOutcome answer(AnswerSystem answers, EvalQuery query, Map<String, Article> articles,
                                        CandidateLog candidates) {
        long start = System.nanoTime();
        Map<String, Double> signals = new LinkedHashMap<>();
        Answer answer = answers.ask(query.question(), new AnswerListener() {
            @Override
            public void onSignals(AnswerSignals measured) {
                signals.putAll(measured.values());
            }

            @Override
            public boolean wantsSignals() {
                return true;
            }

            @Override
            public void onCandidates(List<SentenceFeatures> ranked) {
                candidates.write(query, ranked);
            }

            @Override
            public boolean wantsCandidates() {
                return candidates != null;
            }
        });
        double totalMs = (System.nanoTime() - start) / 1e6;
        int verbatim = 0;
        for (Citation citation : answer.citations()) {
            Article article = articles.getOrDefault(citation.articleId(),
                    citation.url() == null ? null : articles.get(citation.url()));
            boolean quoted = citation.kind() == Citation.Kind.METADATA
                    ? article != null && citation.sentence().equals(ArticleFacts.value(citation.field(), article))
                    : AnswerMetrics.isVerbatim(citation.sentence(), article == null ? null : article.body());
            if (quoted) {
                verbatim++;
            }
        }
        boolean gold = !answer.abstained() && AnswerMetrics.containsGold(answer.text(), query.answers());
        String direct = answer.abstained() ? "" : AnswerMatch.directText(answer.direct());
        boolean directGold = AnswerMatch.contains(direct, query.answers());
        return new AnswerOutcome(answer.abstained(), answer.confidence(), gold, answer.citations().size(), verbatim,
                totalMs, answer.timingsMs(), direct, directGold, answer.text(), signals);
    }

    static SystemReport report(String name, double ingestSeconds, List<QueryOutcome> outcomes, List<String> types) {
        Map<String, Scores> byType = new LinkedHashMap<>();
        for (String type : types) {
            byType.put(type, Scores.of(outcomes.stream().filter(o -> o.query().type().equals(type)).toList()));
        }
        List<AnswerOutcome> answers = outcomes.stream().map(QueryOutcome::answer)
                .filter(a -> a != null).toList();
        LatencySummary answerLatency = answers.isEmpty() ? null
                : LatencySummary.of(answers.stream().map(AnswerOutcome::totalMs).toList());
        Map<String, List<Double>> stages = new TreeMap<>();
        for (AnswerOutcome answer : answers) {
            answer.stagesMs().forEach((stage, ms) -> stages.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(ms.doubleValue()));
        }
        Map<String, LatencySummary> stageLatency = new LinkedHashMap<>();
        stages.forEach((stage, ms) -> stageLatency.put(stage, LatencySummary.of(ms)));
        return new SystemReport(name, ingestSeconds, Scores.of(outcomes), byType,
                LatencySummary.of(outcomes.stream().map(QueryOutcome::searchMs).toList()), answerLatency,
                stageLatency, outcomes);
    }

    private static Map<String, Article> index(List<Article> corpus) {
        Map<String, Article> byRef = new HashMap<>();
        for (Article article : corpus) {
            byRef.put(article.id(), article);
            if (article.url() != null) {
                byRef.putIfAbsent(article.url(), article);
            }
        }
        return byRef;
    }
}
