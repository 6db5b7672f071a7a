package newsdesk.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads {@code .md} and {@code .markdown} files as one article each.
 *
 * <p>Optional YAML front matter gives {@code title}, {@code source|outlet}, {@code date|published_at}, {@code url} and
 * {@code author}. Without a front-matter title the first level-1 heading is the title and leaves the body. The body
 * is the rendered plain text: no Markdown markup, link text kept, paragraphs separated by blank lines.
 */
public final class MarkdownReader implements ArticleReader {

    private final Parser parser = Parser.builder().build();

    @Override
    public boolean supports(Path file) {
        return TextFiles.hasExtension(file, ".md", ".markdown");
    }

    @Override
    public List<Article> read(Path file) throws IOException {
        FrontMatter front = FrontMatter.split(TextFiles.read(file));
        Node document = parser.parse(front.markdown());
        Heading heading = firstTitleHeading(document);
        String headingText = heading == null ? null : MarkdownText.inlineText(heading);
        String title = front.fields().hasNonNull("title") ? ArticleFields.title(front.fields()) : headingText;
        if (title == null || title.isBlank()) {
            throw new ArticleFormatException("no title: add 'title:' front matter or a '# Heading' line");
        }
        if (heading != null && title.equals(headingText)) {
            heading.unlink();
        }
        List<String> paragraphs = MarkdownText.paragraphs(document);
        if (paragraphs.isEmpty()) {
            throw new ArticleFormatException("article '" + title + "' has no body text");
        }
        JsonNode fields = front.fields();
        return List.of(Article.of(title, ArticleFields.source(fields), ArticleFields.author(fields),
                ArticleFields.publishedAt(fields), ArticleFields.url(fields), Paragraphs.join(paragraphs)));
    }

    private static Heading firstTitleHeading(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return heading;
            }
        }
        return null;
    }
}
