package newsdesk.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@code .html} and {@code .htm} pages as one article each.
 *
 * <p>Title from {@code og:title}, {@code <title>} or the first {@code <h1>}; date from {@code article:published_time}
 * (or {@code datePublished}, a {@code <time datetime>}); outlet from {@code og:site_name}; author from
 * {@code meta[name=author]}, {@code article:author} or the byline; url from the canonical link or {@code og:url}. The
 * body is the text of the largest {@code <article>}, else {@code <main>}, else {@code <body>}, without navigation,
 * headers, footers, asides, scripts, styles and forms, in paragraphs separated by blank lines.
 */
public final class HtmlReader implements ArticleReader {

    private static final String NOISE = "nav, header, footer, aside, script, style, noscript, template, form, button,"
            + " iframe, svg, canvas, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary]";
    private static final String PUBLISHED = "meta[property=article:published_time], meta[name=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=date], meta[name=pubdate]";

    @Override
    public boolean supports(Path file) {
        return TextFiles.hasExtension(file, ".html", ".htm");
    }

    @Override
    public List<Article> read(Path file) throws IOException {
        Document page = Jsoup.parse(file, null);
        String title = title(page);
        String source = meta(page, "meta[property=og:site_name], meta[name=og:site_name]");
        String url = url(page);
        OffsetDateTime published = published(page);
        String author = HtmlByline.author(page);
        page.select(NOISE).remove();
        Byline byline = Byline.extract(HtmlText.paragraphs(mainElement(page)).stream()
                .filter(paragraph -> !paragraph.equals(title)).toList());
        if (byline.paragraphs().isEmpty()) {
            throw new ArticleFormatException("page '" + title + "' has no article text");
        }
        return List.of(Article.of(title, source, author != null ? author : byline.authors(), published, url,
                Paragraphs.join(byline.paragraphs())));
    }

    private static String title(Document page) {
        String title = meta(page, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        if (title == null) {
            title = Paragraphs.clean(page.title());
        }
        if (title.isEmpty()) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? "" : Paragraphs.clean(h1.text());
        }
        if (title.isEmpty()) {
            throw new ArticleFormatException("no title: the page has no og:title, <title> or <h1>");
        }
        return title;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? "" : canonical.attr("href").strip();
        return !href.isEmpty() ? href : meta(page, "meta[property=og:url], meta[name=og:url]");
    }

    private static OffsetDateTime published(Document page) {
        String declared = meta(page, PUBLISHED);
        if (declared != null) {
            return PublishedDates.parse(declared);
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        try {
            return time == null ? null : PublishedDates.parse(time.attr("datetime"));
        } catch (ArticleFormatException unreadable) {
            return null; // a <time> element is a hint, not a declaration: an odd one is ignored
        }
    }

    private static Element mainElement(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
    }

    /** The content of the first non-blank element matching {@code query}, collapsed, or null. */
    static String meta(Document page, String query) {
        return page.select(query).stream()
                .map(element -> Paragraphs.clean(element.attr("content")))
                .filter(content -> !content.isEmpty())
                .findFirst().orElse(null);
    }
}
