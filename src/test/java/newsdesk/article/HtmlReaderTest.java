package newsdesk.article;

import static newsdesk.article.SeedTextReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @TempDir
    Path dir;

    @Test
    void readsMetadataAndMainTextWithoutNoise() throws Exception {
        Article article = reader.read(fixture("harbour.html")).get(0);

        assertThat(article.title()).isEqualTo("Harbour reopens after storm repairs");
        assertThat(article.source()).isEqualTo("Coastal Times");
        assertThat(article.author()).isEqualTo("Ana Lima");
        assertThat(article.url()).isEqualTo("https://example.com/news/harbour-reopens");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-11-27T08:45:59+01:00"));
        assertThat(article.body()).isEqualTo(
                "The harbour reopened on Monday after two weeks of repairs.\n\n"
                + "Ships queued overnight to enter. Pilots worked in shifts.\n\n"
                + "What comes next\n\n"
                + "Ferries resume Tuesday.\n\n"
                + "Tolls stay the same.");
        assertThat(article.body()).doesNotContain("NOISE", "Related short teaser", "color: red");
    }

    @Test
    void fallsBackToTitleTagBodyAndVisibleByline() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.htm"), "<html><head><title> Bakery  wins prize </title>"
                + "<meta name=\"date\" content=\"Dec 1, 2023 09:30 am ET\"></head><body>"
                + "<nav>Menu</nav><p class=\"byline\">By Sam Reed</p>"
                + "<div>A family bakery won the national prize.</div><footer>Contact</footer></body></html>");

        Article article = reader.read(file).get(0);

        assertThat(article.title()).isEqualTo("Bakery wins prize");
        assertThat(article.author()).isEqualTo("Sam Reed");
        assertThat(article.source()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-12-01T09:30-05:00"));
        assertThat(article.body()).isEqualTo("A family bakery won the national prize."); // the byline is not story
    }

    @Test
    void titleFromFirstHeadingWhenThereIsNoTitleTag() throws Exception {
        Path file = Files.writeString(dir.resolve("h1.html"),
                "<body><article><h1>Bridge closes</h1><p>The bridge closed at noon.</p></article></body>");

        Article article = reader.read(file).get(0);

        assertThat(article.title()).isEqualTo("Bridge closes");
        assertThat(article.body()).isEqualTo("The bridge closed at noon.");
    }

    @Test
    void pagesWithoutTitleOrTextAreRejectedWithAReason() throws IOException {
        Path noTitle = Files.writeString(dir.resolve("no-title.html"), "<body><p>Text only.</p></body>");
        Path noText = Files.writeString(dir.resolve("no-text.html"),
                "<title>Menu page</title><body><nav>Home</nav><script>x()</script></body>");

        assertThatThrownBy(() -> reader.read(noTitle)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("no title");
        assertThatThrownBy(() -> reader.read(noText)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("no article text");
    }

    @Test
    void supportsHtmlExtensions() {
        assertThat(reader.supports(Path.of("a.html"))).isTrue();
        assertThat(reader.supports(Path.of("a.HTM"))).isTrue();
        assertThat(reader.supports(Path.of("a.xhtml.txt"))).isFalse();
    }
}
