package newsdesk.article;

import static newsdesk.article.SeedTextReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved news pages as they come: JSON-LD, related lists, captions, odd dates and old charsets. */
class NewsPageTest {

    private static final String CAFE = "Café owners in the old quarter said on Monday that the new “pedestrian zone”"
            + " had doubled their trade since the summer — a claim the council’s own count supports.";

    private final HtmlReader reader = new HtmlReader();

    @TempDir
    Path dir;

    @Test
    void jsonLdArticleWinsOverOpenGraphAndMetaTags() throws Exception { // single-quoted JSON-LD, as sites write it
        Article article = reader.read(fixture("linked-data.html")).get(0);

        assertThat(article.title()).isEqualTo("Tram line opens to riders after six years");
        assertThat(article.author()).isEqualTo("Kim Osei, Lu Chen");
        assertThat(article.source()).isEqualTo("Riverside Ledger");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-03-05T07:30:00+01:00"));
        assertThat(article.url()).isEqualTo("https://ledger.example/city/tram-line-opens");
        assertThat(article.body()).startsWith("The first trams carried riders across the river on Tuesday morning")
                .endsWith("The mayor said a fund would open in April.")
                .doesNotContain("By Kim Osei", "Tram line opens");
        assertThat(article.body().split("\n\n")).hasSize(4);
    }

    @Test
    void theStoryWinsOverARelatedLinksBlockLargerThanIt() throws Exception {
        Path page = fixture("related-heavy.html");
        int related = org.jsoup.Jsoup.parse(page.toFile()).select(".related-stories").text().length();
        int story = org.jsoup.Jsoup.parse(page.toFile()).select(".story-body").text().length();
        assertThat(related).as("the fixture's related block outweighs its story").isGreaterThan(story);

        Article article = reader.read(page).get(0);

        assertThat(article.body()).startsWith("The central library will stay open until midnight")
                .contains("Security staff will be added after ten o'clock.")
                .endsWith("most of them secondary school pupils.")
                .doesNotContain("Council approves", "More from the Gazette", "Night buses", "Read more");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2010-01-01T09:32:17Z"));
        assertThat(article.source()).isEqualTo("Northfield Gazette");
    }

    @Test
    void captionsCreditsAndPromptsLeaveTheStory() throws Exception {
        Article article = reader.read(fixture("captions.html")).get(0);

        assertThat(article.body()).startsWith("The new flood barrier held on Sunday night")
                .contains("Engineers watched the gates through the night.")
                .endsWith("inspected before the spring rains.")
                .doesNotContain("Workers check", "Jan Berg", "Image copyright", "A boat passes", "newsletter");
        assertThat(article.body().split("\n\n")).hasSize(4);
    }

    @Test
    void anUnreadableDateLeavesTheDateEmptyAndIsNotedNotRefused() throws Exception {
        LoadResult result = ArticleLoader.withDefaultReaders().load(fixture("captions.html"));

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.publishedAt()).isNull();
            assertThat(article.author()).isEqualTo("Priya Nair");
        });
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.path().getFileName()).hasToString("captions.html");
            assertThat(note.note()).contains("no publication date", "yesterday evening").doesNotContain("author");
        });
    }

    @Test
    void aPageWithoutDateOrAuthorLoadsAndSaysSo() throws Exception {
        Path page = Files.writeString(dir.resolve("bare.html"), "<title>Pool reopens</title><body><p>The town pool"
                + " reopened on Saturday after a new roof was fitted over the summer months.</p></body>");

        LoadResult result = ArticleLoader.withDefaultReaders().load(page);

        assertThat(result.articles()).singleElement().extracting(Article::body)
                .isEqualTo("The town pool reopened on Saturday after a new roof was fitted over the summer months.");
        assertThat(result.notes()).singleElement().extracting(LoadNote::note)
                .isEqualTo("loaded with no publication date, no author");
    }

    @Test
    void aPageWithNoTextIsRefusedWithTheReason() throws Exception {
        Path page = Files.writeString(dir.resolve("empty.html"), "<title>Live: election night</title><body>"
                + "<nav><a href=/>Home</a></nav><div class=\"share\">Share</div><script>load()</script></body>");

        LoadResult result = ArticleLoader.withDefaultReaders().load(page);

        assertThat(result.articles()).isEmpty();
        assertThat(result.failures()).singleElement().extracting(LoadFailure::reason)
                .isEqualTo("page 'Live: election night' has no article text");
    }

    @Test
    void aDeclaredWindows1252PageReadsCorrectly() throws Exception {
        Article article = reader.read(fixture("windows-1252.html")).get(0);

        assertThat(article.title()).isEqualTo("Café trade doubles in pedestrian zone");
        assertThat(article.body()).startsWith(CAFE).contains("crème-coloured").doesNotContain("\uFFFD");
    }

    @Test
    void aMetaCharsetOtherThanUtf8IsHonoured() throws Exception {
        Path page = dir.resolve("latin1.html");
        Files.write(page, ("<html><head><meta charset=\"ISO-8859-1\"><title>Café</title></head><body><p>Señora Núñez"
                + " opened the café in 1987 and still bakes every morning.</p></body></html>")
                .getBytes(Charset.forName("ISO-8859-1")));

        assertThat(reader.read(page).get(0).body())
                .isEqualTo("Señora Núñez opened the café in 1987 and still bakes every morning.");
    }

    @Test
    void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() throws Exception {
        Path page = dir.resolve("undeclared.html");
        Files.write(page, ("<html><head><title>Zone</title></head><body><p>" + CAFE + "</p></body></html>")
                .getBytes(Charset.forName("windows-1252")));

        assertThat(reader.read(page).get(0).body()).isEqualTo(CAFE);
    }
}
