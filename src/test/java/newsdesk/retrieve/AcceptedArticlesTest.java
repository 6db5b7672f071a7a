package newsdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;
import newsdesk.article.Filters;

/** AcceptedArticles decides every article as {@link Filters#accepts} does, from outlets and days read once. */
class AcceptedArticlesTest {

    private static final List<Article> ARTICLES = List.of(
            article("The Verge", "2023-10-07T23:30:00-04:00"), // a late evening west of UTC keeps its own day
            article("TechCrunch", "2023-10-08T09:00:00Z"),
            article("FOX News - Health", "2023-10-06T12:00:00+02:00"),
            article(null, "2023-10-07T10:00:00Z"),
            article("The Verge", null),
            article("the verge", "2023-10-08T00:00:00+14:00"));

    private static Article article(String source, String published) {
        return Article.of("Title " + source + published, source, null,
                published == null ? null : OffsetDateTime.parse(published), null, "Body.");
    }

    @ParameterizedTest(name = "outlets [{0}] from {1} to {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "-; -; -",
        "the verge; -; -",
        "THE VERGE|techcrunch; -; -",
        "fox news - health; -; -",
        "-; 2023-10-07; 2023-10-07",
        "-; 2023-10-07; -",
        "-; -; 2023-10-06",
        "the verge; 2023-10-07; 2023-10-08",
        "the verge; 2023-10-08; -",
        "nobody; -; -",
    })
    void decidesAsFiltersAccepts(String outlets, LocalDate from, LocalDate to) {
        Filters filters = new Filters(outlets == null ? Set.of() : Set.of(outlets.split("\\|")), from, to);
        AcceptedArticles read = new AcceptedArticles(ARTICLES);

        boolean[] accepted = read.accepted(filters);

        List<Boolean> expected = new ArrayList<>();
        List<Boolean> actual = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            expected.add(filters.accepts(ARTICLES.get(i)));
            actual.add(accepted[i]);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(read.readFrom(ARTICLES)).isTrue();
        assertThat(read.readFrom(List.copyOf(new ArrayList<>(ARTICLES)))).isFalse();
    }
}
