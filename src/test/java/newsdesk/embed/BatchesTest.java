package newsdesk.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.Span;

class BatchesTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(List.of(), 5, List.of(List.of())),
                Arguments.of(List.of(2, 2, 1), 5, List.of(List.of(2, 2, 1))),
                Arguments.of(List.of(2, 2, 2), 5, List.of(List.of(2, 2), List.of(2))),
                Arguments.of(List.of(7, 1, 1), 5, List.of(List.of(7), List.of(1, 1))),
                Arguments.of(List.of(1, 7, 1), 5, List.of(List.of(1), List.of(7), List.of(1))),
                Arguments.of(List.of(5, 5), 5, List.of(List.of(5), List.of(5))),
                Arguments.of(List.of(3, 3, 3, 3), 6, List.of(List.of(3, 3), List.of(3, 3))));
    }

    @ParameterizedTest
    @MethodSource("table")
    void splitsIntoConsecutiveBatchesOfWholeArticles(List<Integer> sizes, int max, List<List<Integer>> expected) {
        List<Chunker.Chunked> articles = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            articles.add(chunked("a" + i, sizes.get(i)));
        }
        List<List<Integer>> actual = Batches.split(articles, max).stream()
                .map(batch -> batch.stream().map(c -> c.chunks().size()).toList()).toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(Batches.split(articles, max).stream().flatMap(List::stream).toList()).isEqualTo(articles);
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> Batches.split(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Chunker.Chunked chunked(String id, int chunks) {
        Article article = new Article(id, "Title " + id, null, null, null, null, "x".repeat(chunks));
        List<Chunk> list = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            list.add(new Chunk(Chunk.idOf(id, i), id, i, i, i, i, i + 1, "x", 1));
        }
        return new Chunker.Chunked(article, List.of(new Span(0, chunks)), list);
    }
}
