package newsdesk.article;

import static newsdesk.article.SeedTextReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

    private final JsonArticleReader reader = new JsonArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsAnArrayInTheCorpusShape() throws Exception {
        List<Article> articles = reader.read(fixture("corpus-sample.json"));

        assertThat(articles).extracting(Article::title).containsExactly("Harbour reopens after storm repairs",
                "City council approves new bike lanes", "Local bakery wins national prize");
        Article first = articles.get(0);
        assertThat(first.source()).isEqualTo("Coastal Times");
        assertThat(first.author()).isEqualTo("Ana Lima");
        assertThat(first.url()).isEqualTo("https://example.com/news/harbour-reopens");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-27T08:45:59Z"));
        assertThat(first.body()).isEqualTo(
                "The harbour reopened on Monday after two weeks of repairs.\n\nShips queued overnight to enter.");
        assertThat(first.id()).isEqualTo(Article.stableId("https://example.com/news/harbour-reopens"));
        assertThat(articles.get(1).author()).as("\"None\" means unknown").isNull();
        assertThat(articles.get(1).publishedAt()).isEqualTo(OffsetDateTime.parse("2023-10-02T17:00-04:00"));
        assertThat(articles.get(2).author()).isNull();
        assertThat(articles.get(2).publishedAt()).isEqualTo(OffsetDateTime.parse("2023-12-01T00:00Z"));
    }

    @Test
    void readsOneObject() throws Exception {
        Path file = Files.writeString(dir.resolve("one.json"),
                "{\"title\": \"Solo\", \"body\": \"Only one.\", \"source\": \"Wire\"}");

        assertThat(reader.read(file)).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Solo"))
                .satisfies(a -> assertThat(a.url()).isNull());
    }

    @Test
    void jsonlReportsBadLinesAndKeepsTheGoodOnes() throws Exception {
        Path feed = fixture("feed.jsonl");

        LoadResult result = reader.readWithFailures(feed);

        assertThat(result.articles()).extracting(Article::title)
                .containsExactly("First story", "Second story", "Fourth story");
        Article first = result.articles().get(0);
        assertThat(first.body()).isEqualTo("First body.");
        assertThat(first.source()).isEqualTo("Wire");
        assertThat(first.author()).isEqualTo("A. Writer, B. Writer");
        assertThat(result.articles().get(1).source()).isEqualTo("Wire");
        assertThat(result.articles().get(2).publishedAt()).isEqualTo(OffsetDateTime.parse("2024-01-05T09:30Z"));
        assertThat(result.failures()).hasSize(2);
        assertThat(result.failures().get(0).path()).isEqualTo(feed);
        assertThat(result.failures().get(0).reason()).startsWith("line 3: not valid JSON");
        assertThat(result.failures().get(1).reason()).startsWith("line 6: ").contains("'body'");
        assertThat(result.failures().get(1).toString()).startsWith(feed + ": line 6: ");
        assertThatThrownBy(() -> reader.read(feed)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("line 3").hasMessageContaining("1 more");
    }

    @Test
    void arrayReportsBadRecordsByLine() throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.json"), "[\n"
                + "  {\"title\": \"Good\", \"body\": \"Fine.\"},\n"
                + "  {\"body\": \"No title.\"},\n"
                + "  \"just a string\",\n"
                + "  {\"title\": \"Bad date\", \"body\": \"x\", \"date\": \"someday\"}\n"
                + "]\n");

        LoadResult result = reader.readWithFailures(file);

        assertThat(result.articles()).extracting(Article::title).containsExactly("Good");
        assertThat(result.failures()).extracting(LoadFailure::reason).containsExactly(
                "line 3: missing 'title'",
                "line 4: expected an article object, found a string",
                "line 5: unrecognised date 'someday': expected a date like 'Aug 28, 2025 04:15 pm IST' or "
                        + "'2025-08-28T16:15+05:30'");
    }

    @Test
    void brokenOrEmptyJsonIsReported() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"),
                "[{\"title\": \"A\", \"body\": \"B\"},\n{\"title\": ");
        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        Path scalar = Files.writeString(dir.resolve("scalar.json"), "42");
        Path trailing = Files.writeString(dir.resolve("trailing.jsonl"), "{\"title\": \"A\", \"body\": \"B\"} x\n");

        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(ArticleFormatException.class)
                .hasMessageStartingWith("line 2: not valid JSON");
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("no articles");
        assertThatThrownBy(() -> reader.read(scalar)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("found a number");
        assertThatThrownBy(() -> reader.read(trailing)).isInstanceOf(ArticleFormatException.class)
                .hasMessageStartingWith("line 1: not valid JSON");
    }

    @Test
    void aJsonFileOfOtherThingsIsOneFailureNotOnePerRecord() throws IOException {
        Path queries = Files.writeString(dir.resolve("queries.json"),
                "[{\"query\": \"a\"},\n{\"query\": \"b\"},\n{\"query\": \"c\"}]");

        assertThatThrownBy(() -> reader.readWithFailures(queries)).isInstanceOf(ArticleFormatException.class)
                .hasMessage("no article among 3 records; the first: line 1: missing 'title'");
    }

    @Test
    void manyBadRecordsAreListedUpToALimit() throws IOException {
        StringBuilder lines = new StringBuilder("{\"title\": \"Good\", \"body\": \"Fine.\"}\n");
        for (int i = 0; i < 25; i++) {
            lines.append("{\"title\": \"No body\"}\n");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), lines);

        LoadResult result = reader.readWithFailures(file);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).hasSize(JsonRecords.MAX_LISTED_FAILURES + 1);
        assertThat(result.failures().get(0).reason()).startsWith("line 2: ");
        assertThat(result.failures().get(JsonRecords.MAX_LISTED_FAILURES).reason())
                .isEqualTo("5 more bad records not listed");
    }

    @Test
    void supportsJsonAndJsonLines() {
        assertThat(reader.supports(Path.of("a.json"))).isTrue();
        assertThat(reader.supports(Path.of("a.JSONL"))).isTrue();
        assertThat(reader.supports(Path.of("a.ndjson"))).isTrue();
        assertThat(reader.supports(Path.of("a.json.txt"))).isFalse();
    }
}
