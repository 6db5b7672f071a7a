package newsdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads every article under a file or folder with the first {@link ArticleReader} that supports each file.
 *
 * <p>Folders are walked recursively in sorted order; hidden files and folders are skipped silently, files no reader
 * supports are reported. A file that cannot be read is reported with its path and reason and never stops the rest.
 * Articles with an id seen before (the same url twice) are reported as duplicates; the first one is kept. Articles
 * that loaded incompletely (a page without a readable date) come with a {@link LoadNote}.
 */
public final class ArticleLoader {

    private final List<ArticleReader> readers;

    public ArticleLoader(List<ArticleReader> readers) {
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("an article loader needs at least one reader");
        }
        this.readers = List.copyOf(readers);
    }

    /** The seed text, Markdown, HTML and JSON/JSONL readers. */
    public static ArticleLoader withDefaultReaders() {
        return new ArticleLoader(List.of(new SeedTextReader(), new MarkdownReader(), new HtmlReader(),
                new JsonArticleReader()));
    }

    /**
     * Loads {@code fileOrDirectory}.
     *
     * @throws IllegalArgumentException when the path does not exist
     */
    public LoadResult load(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new IllegalArgumentException("cannot load articles from " + fileOrDirectory.toAbsolutePath()
                    + ": no such file or folder");
        }
        List<LoadFailure> failures = new ArrayList<>();
        List<LoadNote> notes = new ArrayList<>();
        List<Path> files = Files.isDirectory(fileOrDirectory)
                ? ArticleFiles.under(fileOrDirectory, failures) : List.of(fileOrDirectory);
        List<Article> articles = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            for (Article article : readFile(file, failures, notes)) {
                Path first = seen.putIfAbsent(article.id(), file);
                if (first == null) {
                    articles.add(article);
                } else {
                    failures.add(new LoadFailure(file, "duplicate of article " + article.id() + " '"
                            + article.title() + "' already loaded from " + first + "; kept the first"));
                }
            }
        }
        return new LoadResult(articles, failures, notes);
    }

    private List<Article> readFile(Path file, List<LoadFailure> failures, List<LoadNote> notes) {
        Optional<ArticleReader> reader = readers.stream().filter(r -> r.supports(file)).findFirst();
        if (reader.isEmpty()) {
            failures.add(new LoadFailure(file, "unsupported file type " + ArticleFiles.extension(file)
                    + ": no article reader handles it"));
            return List.of();
        }
        try {
            LoadResult result = reader.get().readWithFailures(file);
            failures.addAll(result.failures());
            notes.addAll(result.notes());
            return result.articles();
        } catch (IOException e) {
            failures.add(new LoadFailure(file, ArticleFiles.describe(e)));
        } catch (RuntimeException e) {
            failures.add(new LoadFailure(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return List.of();
    }
}
