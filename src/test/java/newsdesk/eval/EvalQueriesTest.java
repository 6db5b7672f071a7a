package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadResult;

class EvalQueriesTest {

    @Test
    void readsMultiHopRagQueries() throws Exception {
        QuerySet set = EvalQueries.load(fixture("queries.json"));
        assertThat(set.format()).isEqualTo(EvalQueries.MULTIHOP_RAG);
        assertThat(set.name()).isEqualTo("queries.json");
        assertThat(set.queries()).extracting(EvalQuery::id).containsExactly("t1", "t2", "t3", "t4");
        assertThat(set.queries()).extracting(EvalQuery::type)
                .containsExactly("inference_query", "comparison_query", "temporal_query", "null_query");

        EvalQuery comparison = set.queries().get(1);
        assertThat(comparison.answers()).containsExactly("No");
        assertThat(comparison.evidence())
                .containsExactly("https://example.test/rail-strike", "https://example.test/solar-farm");
        assertThat(comparison.facts()).hasSize(2).first().asString().startsWith("The union said");
        assertThat(comparison.shouldAbstain()).isFalse();
        assertThat(comparison.hasFacts()).isTrue();

        EvalQuery nullQuery = set.queries().get(3);
        assertThat(nullQuery.shouldAbstain()).isTrue();
        assertThat(nullQuery.answers()).isEmpty();
        assertThat(nullQuery.hasFacts()).isFalse();
        assertThat(nullQuery.hasEvidence()).isFalse();
    }

    @Test
    void readsOurJsonlFormat() throws Exception {
        QuerySet set = EvalQueries.load(fixture("queries.jsonl"));
        assertThat(set.format()).isEqualTo(EvalQueries.JSONL);
        List<EvalQuery> queries = set.queries();
        assertThat(queries).hasSize(3);

        assertThat(queries.get(0)).isEqualTo(new EvalQuery("line 2", "Who won the national chess championship?",
                "answerable", List.of("Priya Raman"), List.of(), List.of("https://example.test/chess-title"), false));
        assertThat(queries.get(0).hasFacts()).isFalse();
        assertThat(queries.get(0).hasEvidence()).isTrue();

        assertThat(queries.get(1).id()).isEqualTo("rail");
        assertThat(queries.get(1).type()).isEqualTo("labour");
        assertThat(queries.get(1).facts()).containsExactly("The union said the strike would last three days");

        assertThat(queries.get(2)).isEqualTo(new EvalQuery("line 5", "What is the capital of Mars?", "abstain",
                List.of(), List.of(), List.of(), true));
    }

    @Test
    void rejectsAnswerableLineWithoutAnswersOrArticles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"question\": \"What?\"}\n");
        assertThatThrownBy(() -> EvalQueries.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.jsonl line 1");
    }

    @Test
    void rejectsMultiHopItemWithoutQuery(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "[{\"id\": \"x\", \"answer\": \"A\", \"question_type\": \"inference_query\", \"evidence_list\": []}]");
        assertThatThrownBy(() -> EvalQueries.load(file)).hasMessageContaining("bad.json x: missing \"query\"");
    }

    @Test
    void limitKeepsTheFirstQueries() throws Exception {
        QuerySet set = EvalQueries.load(fixture("queries.json")).limit(2);
        assertThat(set.queries()).extracting(EvalQuery::id).containsExactly("t1", "t2");
        assertThat(EvalQueries.load(fixture("queries.json")).limit(99).queries()).hasSize(4);
    }

    @Test
    void corpusFixtureReadsThroughNewsdeskLoaderWithUrlIds() throws Exception {
        List<Article> articles = corpus();
        assertThat(articles).extracting(Article::url).containsExactly("https://example.test/solar-farm",
                "https://example.test/rail-strike", "https://example.test/chess-title");
        Article rail = articles.get(1);
        assertThat(rail.id()).isEqualTo(Article.stableId("https://example.test/rail-strike"));
        assertThat(rail.author()).isNull();
        assertThat(rail.source()).isEqualTo("Metro Ledger");
        assertThat(rail.publishedAt()).hasToString("2023-11-14T06:30Z");
        assertThat(articles.get(2).author()).isNull();
        assertThat(articles.get(0).body()).contains("floating solar\nfarm");
    }

    static List<Article> corpus() throws URISyntaxException {
        LoadResult loaded = ArticleLoader.withDefaultReaders().load(fixture("corpus.json"));
        assertThat(loaded.failures()).isEmpty();
        return loaded.articles();
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(EvalQueriesTest.class.getResource("/eval/" + name).toURI());
    }
}
