package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTextReaderTest {

    private final SeedTextReader reader = new SeedTextReader();

    @TempDir
    Path dir;

    @Test
    void readsTheSeedArticleExactlyAsGiven() throws Exception {
        List<Article> articles = reader.read(fixture("2025-08-28-wsj-kim-putin-xi-beijing-parade.txt"));

        assertThat(articles).hasSize(1);
        Article article = articles.get(0);
        assertThat(article.title())
                .isEqualTo("Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade");
        assertThat(article.source()).isEqualTo("WSJ");
        assertThat(article.publishedAt())
                .isEqualTo(OffsetDateTime.of(2025, 8, 28, 16, 15, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(article.publishedAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(article.author()).isEqualTo("Brian Spegele, Dasl Yoon");
        assertThat(article.url()).isNull();
        assertThat(article.body())
                .startsWith("The meeting will provide powerful optics")
                .endsWith("in which they agreed to pursue denuclearization.")
                .doesNotContain("@", "Write to", "Published on", "WSJ\n", "Thu, Aug 28, 2025", "FILE PHOTO", "(REUTERS)")
                .contains("\n\nBEIJING\u2014North Korean leader Kim Jong Un plans to join Russia\u2019s Vladimir Putin")
                .doesNotContain("\n\n\n");
        assertThat(article.body().split("\n\n")).as("14 paragraphs less the photo caption").hasSize(13);
    }

    @Test
    void photoCaptionsAreNotArticleText() throws Exception {
        Path file = write("captions.txt", "date 2025-09-03 x\nA Title\n\nReuters\nPublished on: Sep 3, 2025 ET\n\n"
                + "The bridge opened on Tuesday.\n\n"
                + "FILE PHOTO: Workers on the bridge deck in Ostrava, Czech Republic, May 2, 2024(REUTERS)\n\n"
                + "Crowds crossed it at dawn. (AP Photo/Jan Novak)\n\n"
                + "Engineers said the bridge could last a century (REUTERS reported), and the city agreed.\n\n"
                + "Photos of the opening were shared widely.\n");

        assertThat(reader.read(file).get(0).body().split("\n\n")).containsExactly(
                "The bridge opened on Tuesday.",
                "Engineers said the bridge could last a century (REUTERS reported), and the city agreed.",
                "Photos of the opening were shared widely.");
    }

    @Test
    void seedIdIsStableAcrossReads() throws Exception {
        Path seed = fixture("2025-08-28-wsj-kim-putin-xi-beijing-parade.txt");
        assertThat(reader.read(seed).get(0).id()).isEqualTo(reader.read(seed).get(0).id());
    }

    @Test
    void seedWithoutTimeUsesTheDateAndZone() throws Exception {
        Path file = write("short.txt", "date 2025-09-01 x\nMon, Sep 1, 2025\nA Title\n\nReuters\n"
                + "Published on: Sep 1, 2025 ET\n\nFirst paragraph.\n\nSecond paragraph.\n");

        Article article = reader.read(file).get(0);

        assertThat(article.source()).isEqualTo("Reuters");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2025, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(article.author()).isNull();
        assertThat(article.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void seedWithoutPublishedLineUsesTheHeaderDate() throws Exception {
        Path file = write("nodate.txt", "date 2025-09-02 Search\nA Title\n\nThe body, with CRLF.\r\n");

        Article article = reader.read(file).get(0);

        assertThat(article.title()).isEqualTo("A Title");
        assertThat(article.source()).isNull();
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.of(2025, 9, 2, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(article.body()).isEqualTo("The body, with CRLF.");
    }

    @Test
    void otherTextIsPlainTextWithTheFirstLineAsTitle() throws Exception {
        Path file = write("note.txt", "\n  Harbour reopens after storm  \n\nThe harbour reopened on Monday,\n"
                + "after repairs.\n\nShips queued overnight.\n");

        Article article = reader.read(file).get(0);

        assertThat(article.title()).isEqualTo("Harbour reopens after storm");
        assertThat(article.source()).isNull();
        assertThat(article.publishedAt()).isNull();
        assertThat(article.body())
                .isEqualTo("The harbour reopened on Monday, after repairs.\n\nShips queued overnight.");
    }

    @Test
    void emptyOrTitleOnlyFilesAreRejectedWithAReason() throws IOException {
        assertThatThrownBy(() -> reader.read(write("empty.txt", " \n\n")))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read(write("title.txt", "Only a title\n")))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("Only a title");
        assertThatThrownBy(() -> reader.read(write("bad-date.txt",
                "date 2025-09-01\nTitle\nWSJ\nPublished on: Aug 28, 2025 04:15 pm XYZ\n\nBody.\n")))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("line 4").hasMessageContaining("XYZ");
    }

    @Test
    void supportsTxtOnly() {
        assertThat(reader.supports(Path.of("a/B.TXT"))).isTrue();
        assertThat(reader.supports(Path.of("a/b.md"))).isFalse();
        assertThat(reader.supports(Path.of("a/txt"))).isFalse();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(SeedTextReaderTest.class.getResource("/articles/" + name).toURI());
    }
}
