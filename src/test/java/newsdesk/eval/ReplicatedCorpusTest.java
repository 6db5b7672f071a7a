package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.Test;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.index.EmbeddedArticle;

class ReplicatedCorpusTest {

    private static final Chunker CHUNKER = new Chunker(new SentenceSplitter(), text -> text.split(" ").length, 12, 1);

    @Test
    void copiesWholeArticlesWithNewIdsUrlsAndNoisyVectorsUntilTheSizeIsReached() {
        List<EmbeddedArticle> base = List.of(embedded("One", 3), embedded("Two", 2));
        int baseChunks = base.stream().mapToInt(e -> e.vectors().size()).sum();

        List<EmbeddedArticle> copies = ReplicatedCorpus.articles(base, 5 * baseChunks + 1, 0.01, new Random(1));

        int chunks = copies.stream().mapToInt(e -> e.vectors().size()).sum();
        assertThat(chunks).isGreaterThanOrEqualTo(5 * baseChunks + 1);
        assertThat(copies).hasSize(11);
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < copies.size(); i++) {
            EmbeddedArticle copy = copies.get(i);
            EmbeddedArticle original = base.get(i % base.size());
            Article article = copy.chunked().article();
            ids.add(article.id());
            urls.add(article.url());
            assertThat(article.body()).isEqualTo(original.chunked().article().body());
            assertThat(article.title()).isEqualTo(original.chunked().article().title());
            for (int c = 0; c < copy.chunked().chunks().size(); c++) {
                Chunk chunk = copy.chunked().chunks().get(c);
                assertThat(chunk.articleId()).isEqualTo(article.id());
                assertThat(chunk.id()).isEqualTo(Chunk.idOf(article.id(), c));
                assertThat(chunk.text()).isEqualTo(article.body().substring(chunk.start(), chunk.end()))
                        .isEqualTo(original.chunked().chunks().get(c).text());
                float[] vector = copy.vectors().get(c);
                float[] source = original.vectors().get(c);
                assertThat(vector).isNotEqualTo(source);
                assertThat(dot(vector, vector)).isCloseTo(1.0, offset(1e-4));
                assertThat(dot(vector, source)).isGreaterThan(0.8);
            }
        }
        assertThat(ids).hasSize(copies.size()).doesNotContain(base.get(0).chunked().article().id());
        assertThat(urls).hasSize(copies.size());
    }

    @Test
    void segmentsAreCopiedRoundRobinToTheExactSize() {
        List<TextSegment> segments = List.of(TextSegment.from("alpha", Metadata.from("article_id", "a")),
                TextSegment.from("beta", Metadata.from("article_id", "b")));
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0, 1});

        ReplicatedCorpus.Segments copies = ReplicatedCorpus.segments(segments, vectors, 5, 0.01, new Random(1));

        assertThat(copies.embeddings()).hasSize(5);
        assertThat(copies.segments()).extracting(TextSegment::text)
                .containsExactly("alpha", "beta", "alpha", "beta", "alpha");
        assertThat(copies.segments().get(3).metadata().getString("article_id")).isEqualTo("b");
        assertThat(copies.embeddings().get(2).vector()[0]).isGreaterThan(0.9f);
    }

    private static EmbeddedArticle embedded(String name, int paragraphs) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append("The ").append(name).append(" council met on day ").append(p).append(" to talk. ")
                    .append("Residents asked about the budget again. ");
        }
        Article article = Article.of(name + " story", "Wire", null, OffsetDateTime.parse("2024-01-01T00:00:00Z"),
                "https://example.test/" + name, body.toString().strip());
        Chunker.Chunked chunked = CHUNKER.chunk(article);
        Random random = new Random(name.hashCode());
        List<float[]> vectors = chunked.chunks().stream().map(c -> {
            float[] v = new float[8];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            return SyntheticVectors.unit(v);
        }).toList();
        return new EmbeddedArticle(chunked, vectors);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
