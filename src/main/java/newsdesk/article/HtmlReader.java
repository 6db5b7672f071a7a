package newsdesk.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;

/**
 * Reads {@code .html} and {@code .htm} pages (saved news pages) as one article each.
 *
 * <p>Metadata comes from the page's JSON-LD article first, then Open Graph and meta tags, then the visible byline,
 * {@code <time>}, {@code <title>} and {@code <h1>} ({@link PageMetadata}). The body is the story Readability chooses,
 * without photo captions and credits, related-story lists, share and newsletter prompts and the byline repeated in
 * the text ({@link Furniture}), in paragraphs separated by blank lines. The page's declared charset is honoured.
 *
 * <p>A page is refused only when it has no story text (or no title at all). A date or author that is missing or
 * unreadable is left empty and named in the load result's notes, so the load report can list it per file.
 */
public final class HtmlReader implements ArticleReader {

    private final Set<Furniture> furniture;

    /** The reader with every furniture rule, as production uses it. */
    public HtmlReader() {
        this(Furniture.all());
    }

    /** A reader that removes only {@code furniture}: for measuring each rule (the extraction benchmark). */
    public HtmlReader(Set<Furniture> furniture) {
        this.furniture = furniture.isEmpty() ? EnumSet.noneOf(Furniture.class) : EnumSet.copyOf(furniture);
    }

    @Override
    public boolean supports(Path file) {
        return TextFiles.hasExtension(file, ".html", ".htm");
    }

    @Override
    public List<Article> read(Path file) throws IOException {
        return readWithFailures(file).articles();
    }

    @Override
    public LoadResult readWithFailures(Path file) throws IOException {
        Document page = HtmlPages.parse(file);
        PageMetadata metadata = PageMetadata.of(page);
        if (metadata.title() == null) {
            throw new ArticleFormatException("no title: the page has no headline, og:title, <title> or <h1>");
        }
        List<String> story = StoryText.paragraphs(page, metadata, furniture);
        if (story.isEmpty()) {
            story = StoryText.largestBlockParagraphs(HtmlPages.parse(file), metadata, furniture);
        }
        Byline byline = Byline.extract(story);
        if (byline.paragraphs().isEmpty()) {
            throw new ArticleFormatException("page '" + metadata.title() + "' has no article text");
        }
        String author = metadata.author() != null ? metadata.author() : byline.authors();
        List<String> missing = metadata.missing().stream()
                .filter(note -> author == null || !note.equals(PageMetadata.NO_AUTHOR)).toList();
        Article article = Article.of(metadata.title(), metadata.source(), author, metadata.published(),
                metadata.url(), Paragraphs.join(byline.paragraphs()));
        List<LoadNote> notes = missing.isEmpty() ? List.of()
                : List.of(new LoadNote(file, "loaded with " + String.join(", ", missing)));
        return new LoadResult(List.of(article), List.of(), notes);
    }
}
