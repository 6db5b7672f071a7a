package newsdesk.article;

import static newsdesk.article.SeedTextReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    @TempDir
    Path dir;

    @Test
    void readsFrontMatterAndRendersPlainText() throws Exception {
        Article article = reader.read(fixture("bike-lanes.md")).get(0);

        assertThat(article.title()).isEqualTo("City council approves new bike lanes");
        assertThat(article.source()).isEqualTo("Metro Daily");
        assertThat(article.author()).isEqualTo("Jo Park");
        assertThat(article.url()).isEqualTo("https://example.com/news/bike-lanes");
        assertThat(article.id()).isEqualTo(Article.stableId("https://example.com/news/bike-lanes"));
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2023-10-02T17:00-04:00"));
        assertThat(article.body()).isEqualTo(
                "The council voted 7 to 2 on Monday to build twelve kilometres of protected bike lanes.\n\n"
                + "What changes\n\n"
                + "Lanes on Main Street first\n\n"
                + "Then the harbour road\n\n"
                + "\"It is a good day,\" said the mayor.");
    }

    @Test
    void withoutFrontMatterTheFirstHeadingIsTheTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("note.markdown"),
                "Intro line before the heading.\n\n# Storm *closes* schools\n\nAll schools closed on Friday.\n");

        Article article = reader.read(file).get(0);

        assertThat(article.title()).isEqualTo("Storm closes schools");
        assertThat(article.source()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.body()).isEqualTo("Intro line before the heading.\n\nAll schools closed on Friday.");
    }

    @Test
    void dateOnlyFrontMatterAndNoneAuthor() throws Exception {
        Path file = Files.writeString(dir.resolve("d.md"),
                "---\ntitle: Dated\noutlet: Wire\npublished_at: 2025-08-28\nauthor: None\n---\nBody text.\n");

        Article article = reader.read(file).get(0);

        assertThat(article.source()).isEqualTo("Wire");
        assertThat(article.author()).isNull();
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2025, 8, 28, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(article.body()).isEqualTo("Body text.");
    }

    @Test
    void malformedMarkdownFilesAreRejectedWithAReason() throws IOException {
        Path noTitle = Files.writeString(dir.resolve("no-title.md"), "Just a paragraph.\n");
        Path unclosed = Files.writeString(dir.resolve("unclosed.md"), "---\ntitle: X\n\nBody.\n");
        Path badYaml = Files.writeString(dir.resolve("bad-yaml.md"), "---\ntitle: [unclosed\n---\nBody.\n");
        Path noBody = Files.writeString(dir.resolve("no-body.md"), "# Only a heading\n");

        assertThatThrownBy(() -> reader.read(noTitle)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("no title");
        assertThatThrownBy(() -> reader.read(unclosed)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> reader.read(badYaml)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> reader.read(noBody)).isInstanceOf(ArticleFormatException.class)
                .hasMessageContaining("no body");
    }

    @Test
    void supportsMarkdownExtensions() {
        assertThat(reader.supports(Path.of("a.md"))).isTrue();
        assertThat(reader.supports(Path.of("a.Markdown"))).isTrue();
        assertThat(reader.supports(Path.of("a.mdx"))).isFalse();
    }
}
