package newsdesk.article;

import static newsdesk.article.SeedTextReaderTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    private static final String SEED = "2025-08-28-wsj-kim-putin-xi-beijing-parade.txt";

    private final ArticleLoader loader = ArticleLoader.withDefaultReaders();

    @TempDir
    Path root;

    @Test
    void loadsAMixedFolderAndReportsEveryBadFileWithoutStopping() throws Exception {
        copy(SEED, "a-seed/" + SEED);
        copy("bike-lanes.md", "b-markdown/bike-lanes.md");
        copy("harbour.html", "c-html/harbour.html");
        copy("corpus-sample.json", "d-json/corpus.json");
        write("d-json/more.jsonl",
                "{\"title\": \"Fresh story\", \"body\": \"New.\", \"url\": \"https://example.com/new\"}\n"
                + "{\"title\": \"Harbour again\", \"body\": \"Same url.\","
                + " \"url\": \"https://example.com/news/harbour-reopens\"}\n"
                + "{not json}\n");
        write("e-bad/empty.txt", "");
        write("e-bad/broken.json", "[{\"title\": ");
        write("e-bad/photo.pdf", "%PDF-1.4");
        write("e-bad/README", "no extension");
        Files.write(root.resolve("e-bad/latin1.txt"), "Title\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write(".git/notes.txt", "hidden folder\n\nskipped");
        write("f-hidden/.draft.md", "# Hidden\n\nskipped");

        LoadResult result = loader.load(root);

        assertThat(result.articles()).extracting(Article::title).containsExactly(
                "Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade",
                "City council approves new bike lanes",
                "Harbour reopens after storm repairs",
                "Local bakery wins national prize",
                "Fresh story");
        assertThat(result.articles()).extracting(Article::source)
                .containsExactly("WSJ", "Metro Daily", "Coastal Times", "Coastal Times", null);
        Map<Path, String> reasons = result.failures().stream()
                .collect(Collectors.toMap(f -> root.relativize(f.path()), LoadFailure::reason,
                        (first, second) -> first + " | " + second));
        assertThat(reasons).containsOnlyKeys(Path.of("d-json/corpus.json"), Path.of("d-json/more.jsonl"),
                Path.of("e-bad/empty.txt"), Path.of("e-bad/broken.json"), Path.of("e-bad/photo.pdf"),
                Path.of("e-bad/README"), Path.of("e-bad/latin1.txt"));
        assertThat(reasons.get(Path.of("d-json/corpus.json")).split(" \\| "))
                .as("same urls as the Markdown and HTML files, which were loaded first").hasSize(2)
                .allSatisfy(reason -> assertThat(reason).startsWith("duplicate of article").endsWith("kept the first"))
                .anySatisfy(reason -> assertThat(reason).contains("'City council approves new bike lanes'")
                        .contains(root.resolve("b-markdown/bike-lanes.md").toString()))
                .anySatisfy(reason -> assertThat(reason).contains(root.resolve("c-html/harbour.html").toString()));
        assertThat(reasons.get(Path.of("d-json/more.jsonl")))
                .contains("line 3: not valid JSON").contains("duplicate of article");
        assertThat(reasons.get(Path.of("e-bad/empty.txt"))).isEqualTo("the file is empty");
        assertThat(reasons.get(Path.of("e-bad/broken.json"))).startsWith("line 1: not valid JSON");
        assertThat(reasons.get(Path.of("e-bad/photo.pdf"))).startsWith("unsupported file type .pdf");
        assertThat(reasons.get(Path.of("e-bad/README"))).startsWith("unsupported file type (no extension)");
        assertThat(reasons.get(Path.of("e-bad/latin1.txt"))).startsWith("not UTF-8 text");
    }

    @Test
    void loadsASingleFile() throws Exception {
        Path seed = copy(SEED, SEED);

        LoadResult result = loader.load(seed);

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).singleElement().extracting(Article::author).isEqualTo("Brian Spegele, Dasl Yoon");
    }

    @Test
    void aReaderThatCrashesIsReportedAndTheRestStillLoads() throws Exception {
        write("a.boom", "x");
        copy(SEED, "b.txt");
        ArticleReader crashing = new ArticleReader() {
            @Override
            public boolean supports(Path file) {
                return file.toString().endsWith(".boom");
            }

            @Override
            public List<Article> read(Path file) {
                throw new IllegalStateException("reader bug");
            }
        };
        List<ArticleReader> readers = new ArrayList<>(List.of(crashing, new SeedTextReader()));

        LoadResult result = new ArticleLoader(readers).load(root);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(root.resolve("a.boom")))
                .satisfies(f -> assertThat(f.reason()).isEqualTo("reader bug"));
    }

    @Test
    void theFirstSupportingReaderWins() throws Exception {
        copy(SEED, "x.txt");
        Function<String, ArticleReader> named = title -> new ArticleReader() {
            @Override
            public boolean supports(Path file) {
                return true;
            }

            @Override
            public List<Article> read(Path file) {
                return List.of(Article.of(title, null, null, null, null, "body"));
            }
        };

        LoadResult result = new ArticleLoader(List.of(named.apply("first"), named.apply("second"))).load(root);

        assertThat(result.articles()).extracting(Article::title).containsExactly("first");
    }

    @Test
    void aMissingPathIsAClearError() {
        Path missing = root.resolve("nowhere");

        assertThatThrownBy(() -> loader.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no such file or folder");
    }

    @Test
    void anEmptyFolderLoadsNothing() {
        LoadResult result = loader.load(root);

        assertThat(result.articles()).isEmpty();
        assertThat(result.failures()).isEmpty();
    }

    private Path copy(String fixture, String target) throws Exception {
        Path path = root.resolve(target);
        Files.createDirectories(path.getParent());
        return Files.copy(fixture(fixture), path);
    }

    private Path write(String target, String text) throws IOException {
        Path path = root.resolve(target);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }
}
