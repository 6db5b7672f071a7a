package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;

import newsdesk.article.Article;

/** The naive langchain4j baseline over the real all-MiniLM-L6-v2 model and the three-article fixture. */
class NaiveRagBaselineTest {

    @Test
    void retrievesTheSemanticallyClosestArticleFirst() throws Exception {
        List<Article> corpus = EvalQueriesTest.corpus();
        NaiveRagBaseline baseline = NaiveRagBaseline.ingest(corpus, new AllMiniLmL6V2EmbeddingModel());

        assertThat(baseline.size()).isEqualTo(3);
        List<RetrievedChunk> top = baseline.search("Which teenager became chess champion?", 2);
        assertThat(top).hasSize(2);
        assertThat(top.get(0).articleUrl()).isEqualTo("https://example.test/chess-title");
        assertThat(top.get(0).articleId()).isEqualTo(corpus.get(2).id());
        assertThat(top.get(0).text()).startsWith("Priya Raman, fourteen");
        assertThat(top.get(0).score()).isGreaterThan(top.get(1).score());
        assertThat(baseline.search("Trains stopped because workers walked out", 1).get(0).articleUrl())
                .isEqualTo("https://example.test/rail-strike");
    }
}
