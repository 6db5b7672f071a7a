package newsdesk.eval;

import static newsdesk.eval.EvalQueriesTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.article.Article;

/** Runs the harness with an answering contender: BM25 plus a scripted answerer that cites its top chunk. */
class EvalRunnerTest {

    @Test
    void scoresAnswersAndStageTimings() throws Exception {
        List<Article> corpus = EvalQueriesTest.corpus();
        QuerySet queries = EvalQueries.load(fixture("queries.json"));
        List<String> log = new ArrayList<>();

        EvalReport report = new EvalRunner(Clock.systemUTC(), log::add)
                .run("corpus.json", corpus, queries, Map.of("bm25+top-chunk", TopChunkAnswerer::system));

        SystemReport system = report.systems().get(0);
        Scores.AnswerScores answers = system.overall().answers();
        // t1 quotes the solar article, which names Lina Ortiz; t2's gold "No" is in neither article; t3 retrieves
        // nothing and abstains; t4 (null) retrieves the solar article through "say" and answers anyway.
        assertThat(answers.answered()).isEqualTo(4);
        assertThat(answers.containsGold()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(answers.abstention()).isEqualTo(0.0);
        assertThat(answers.falseAbstention()).isCloseTo(1.0 / 3, within(1e-9));
        // every answer cites one verbatim sentence and one altered one
        assertThat(answers.citedSentences()).isEqualTo(6);
        assertThat(answers.verbatim()).isEqualTo(0.5);
        assertThat(system.byType().get("null_query").answers().abstention()).isEqualTo(0.0);
        assertThat(system.answer().count()).isEqualTo(4);
        assertThat(system.answerStages()).containsOnlyKeys("answer", "retrieval", "total");
        assertThat(system.answerStages().get("total").p50()).isEqualTo(3.0);
        assertThat(log).contains("bm25+top-chunk: ingesting 3 articles");
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("bm25+top-chunk: Hits@4 0.667, Hits@10 0.667, "
                + "MRR@10 0.667, ArtR@10 0.667, search p50 ").contains("; answers: gold 0.333, verbatim 0.500, "
                + "abstain 0.000, false abstain 0.333, p50 "));

        String text = ReportWriter.text(report);
        assertThat(text).containsPattern("bm25\\+top-chunk +all +4 +3 +0\\.667 +0\\.667 +0\\.667 +0\\.667 +0\\.667 "
                + "+0\\.333 +0\\.500 +0\\.000 +0\\.333");
        assertThat(text).contains("answer").contains("  retrieval");
    }

    @Test
    void scoresDirectAnswersPerKind() throws Exception {
        List<Article> corpus = EvalQueriesTest.corpus();
        QuerySet queries = EvalQueries.load(fixture("queries.json"));

        EvalReport report = new EvalRunner(Clock.systemUTC(), line -> { })
                .run("corpus.json", corpus, queries, Map.of("bm25+name", NameAnswerer::system));

        // t1's top chunk names Lina Ortiz (its gold answer), and so do t2's (gold "No") and t4's (a null query);
        // t3 retrieves nothing and abstains.
        SystemReport system = report.systems().get(0);
        Scores.AnswerScores all = system.overall().answers();
        assertThat(all.directGold()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(all.withDirect()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(all.abstained()).isEqualTo(0.25);
        assertThat(system.overall().articleTop5()).isCloseTo(2.0 / 3, within(1e-9));
        Scores inference = system.byType().get("inference_query");
        assertThat(inference.answers().directGold()).isEqualTo(1.0);
        assertThat(inference.answers().containsGold()).isEqualTo(1.0);
        assertThat(system.byType().get("temporal_query").answers().abstained()).isEqualTo(1.0);
        assertThat(system.byType().get("null_query").answers().directGold()).isNull();
        AnswerOutcome t1 = system.outcomes().get(0).answer();
        assertThat(t1.direct()).isEqualTo("Lina Ortiz");
        assertThat(t1.text()).startsWith("Lina Ortiz [1]");

        String text = ReportWriter.text(report);
        assertThat(text).containsPattern("bm25\\+name +all +4 +0\\.333 +0\\.333 +0\\.667 +0\\.667 +0\\.250");
        assertThat(text).containsPattern("inference_query +1 +1\\.000 +1\\.000 +1\\.000 +1\\.000 +0\\.000");
        assertThat(ReportWriter.markdown(report)).contains("## Answers by kind", "| InText | InDirect |",
                "|  | null_query | 1 | — | — | — | — | 0.000 |");
    }

    @Test
    void handsOverTheReportAfterEachContender() throws Exception {
        List<Article> corpus = EvalQueriesTest.corpus();
        QuerySet queries = EvalQueries.load(fixture("queries.json"));
        Map<String, SystemFactory> contenders = new LinkedHashMap<>();
        contenders.put("first", articles -> EvalSystem.searchOnly(Bm25Baseline.index(articles)));
        contenders.put("second", articles -> EvalSystem.searchOnly(Bm25Baseline.index(articles)));
        List<List<String>> seen = new ArrayList<>();

        EvalReport report = new EvalRunner(Clock.systemUTC(), line -> { }).run("corpus.json", corpus, queries,
                contenders, partial -> seen.add(partial.systems().stream().map(SystemReport::name).toList()));

        assertThat(seen).containsExactly(List.of("first"), List.of("first", "second"));
        assertThat(report.systems()).extracting(SystemReport::name).containsExactly("first", "second");
    }

    /** Cites the best BM25 chunk whole and, when it names Lina Ortiz, leads with her name as the direct answer. */
    private record NameAnswerer(SearchSystem search) implements AnswerSystem {

        static EvalSystem system(List<Article> corpus) throws Exception {
            Bm25Baseline bm25 = Bm25Baseline.index(corpus);
            return new EvalSystem(bm25, new NameAnswerer(bm25));
        }

        @Override
        public Answer ask(String question) {
            List<RetrievedChunk> top = search.search(question, 1);
            if (top.isEmpty()) {
                return new Answer("The articles don't say.", true, List.of(), List.of(), "test", 0, "c", Map.of());
            }
            RetrievedChunk chunk = top.get(0);
            Citation citation = new Citation(1, chunk.articleId(), "t", "s", null, chunk.articleUrl(), chunk.text(),
                    0, chunk.text().length());
            int at = chunk.text().indexOf("Lina Ortiz");
            List<DirectAnswer> direct = at < 0 ? List.of()
                    : List.of(new DirectAnswer("Lina Ortiz", 1, at, at + "Lina Ortiz".length()));
            String text = (direct.isEmpty() ? "" : "Lina Ortiz [1]\n\n") + chunk.text() + " [1]";
            return new Answer(text, false, List.of(citation), List.of(), "test", 1, "c", Map.of(), direct, null);
        }
    }

    /** Answers with the text of the best BM25 chunk, citing its first sentence twice: verbatim and upper-cased. */
    private record TopChunkAnswerer(SearchSystem search, Map<String, Article> articles) implements AnswerSystem {

        static EvalSystem system(List<Article> corpus) throws Exception {
            Bm25Baseline bm25 = Bm25Baseline.index(corpus);
            Map<String, Article> byId = corpus.stream().collect(Collectors.toMap(Article::id, Function.identity()));
            return new EvalSystem(bm25, new TopChunkAnswerer(bm25, byId));
        }

        @Override
        public Answer ask(String question) {
            Map<String, Long> timings = Map.of("retrieval", 1L, "answer", 2L, "total", 3L);
            List<RetrievedChunk> top = search.search(question, 1);
            if (top.isEmpty()) {
                return new Answer("The articles don't say.", true, List.of(), List.of(), "test", 0, "c", timings);
            }
            Article article = articles.get(top.get(0).articleId());
            String body = article.body();
            int end = body.indexOf(". ") + 1;
            String sentence = body.substring(0, end);
            return new Answer(top.get(0).text() + " [1][2]", false, List.of(
                    new Citation(1, article.id(), article.title(), article.source(), article.publishedAt(),
                            article.url(), sentence, 0, end),
                    new Citation(2, article.id(), article.title(), article.source(), article.publishedAt(),
                            article.url(), sentence.toUpperCase(Locale.ROOT), 0, end)),
                    List.of(), "test", 1, "c", timings);
        }
    }
}
