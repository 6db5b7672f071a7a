package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;

import newsdesk.article.Article;
import newsdesk.article.Filters;

/** The vector store's metadata filter accepts exactly the articles {@link Filters#accepts} does. */
class ChunkMetadataTest {

    private static final List<Article> ARTICLES = List.of(
            article("The Verge", "2023-10-07T23:30:00-04:00"), // a late evening west of UTC keeps its own day
            article("TechCrunch", "2023-10-08T09:00:00Z"),
            article("FOX News - Health", "2023-10-06T12:00:00+02:00"),
            article(null, "2023-10-07T10:00:00Z"),
            article("The Verge", null));

    private static Article article(String source, String published) {
        return Article.of("Title " + source + published, source, null,
                published == null ? null : OffsetDateTime.parse(published), null, "Body.");
    }

    @ParameterizedTest(name = "outlets [{0}] from {1} to {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "the verge; -; -",
        "THE VERGE|techcrunch; -; -",
        "fox news - health; -; -",
        "-; 2023-10-07; 2023-10-07",
        "-; 2023-10-07; -",
        "-; -; 2023-10-06",
        "the verge; 2023-10-07; 2023-10-08",
        "nobody; -; -",
    })
    void acceptsWhatFiltersAccept(String outlets, LocalDate from, LocalDate to) {
        Filters filters = new Filters(outlets == null ? Set.of() : Set.of(outlets.split("\\|")), from, to);
        Filter filter = ChunkMetadata.filter(filters);
        Filter langchain4j = langchain4jsOwn(filters);
        for (Article article : ARTICLES) {
            assertThat(filter.test(ChunkMetadata.of(article)))
                    .as("%s on %s", article.source(), article.publishedAt())
                    .isEqualTo(filters.accepts(article))
                    .isEqualTo(langchain4j.test(ChunkMetadata.of(article)));
        }
        assertThat(filter).as("a langchain4j comparison a store can translate").isInstanceOf(langchain4j.getClass());
    }

    /** The same restrictions built from langchain4j's filter classes as they are. */
    private static Filter langchain4jsOwn(Filters filters) {
        Filter filter = filters.sources().isEmpty() ? null : new IsIn(ChunkMetadata.SOURCE, filters.sources());
        if (filters.from() != null) {
            Filter from = new IsGreaterThanOrEqualTo(ChunkMetadata.DAY, filters.from().toEpochDay());
            filter = filter == null ? from : new And(filter, from);
        }
        if (filters.to() != null) {
            Filter to = new IsLessThanOrEqualTo(ChunkMetadata.DAY, filters.to().toEpochDay());
            filter = filter == null ? to : new And(filter, to);
        }
        return filter;
    }

    @Test
    void noRestrictionIsNoFilterAndTheDayIsTheArticlesOwn() {
        assertThat(ChunkMetadata.filter(Filters.NONE)).isNull();
        assertThat(ChunkMetadata.of(ARTICLES.get(0)).getLong(ChunkMetadata.DAY))
                .isEqualTo(LocalDate.of(2023, 10, 7).toEpochDay());
        assertThat(ChunkMetadata.of(ARTICLES.get(2)).getString(ChunkMetadata.SOURCE)).isEqualTo("fox news - health");
        assertThat(ChunkMetadata.of(ARTICLES.get(3)).containsKey(ChunkMetadata.SOURCE)).isFalse();
    }
}
