package newsdesk.article;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story of a news page as paragraphs: Readability4J (the Java port of Mozilla's Readability, Firefox's reader
 * view) chooses the story, then {@link PageFurniture} and {@link FurnitureLines} take out what news pages put around
 * and inside it. When Readability finds nothing, the largest {@code <article>}, else {@code <main>}, else the
 * {@code <body>} is read instead, without navigation and other page chrome.
 */
final class StoryText {

    private static final String CHROME = "nav, header, footer, aside, script, style, noscript, template, form, button,"
            + " iframe, svg, canvas, dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary]";
    /** Readability resolves relative links against the page address; pages without one get this placeholder. */
    private static final String NO_ADDRESS = "https://localhost/";

    private StoryText() {
    }

    /**
     * The story's paragraphs as Readability finds it, without the title, furniture and repeated byline; empty when
     * Readability finds no story. Consumes {@code page}.
     */
    static List<String> paragraphs(Document page, PageMetadata metadata, Set<Furniture> rules) {
        PageFurniture.beforeExtraction(page, rules);
        String address = metadata.url() != null && metadata.url().startsWith("http") ? metadata.url() : NO_ADDRESS;
        Element story = new Readability4JExtended(address, page).parse().getArticleContent();
        return story == null || story.text().isBlank() ? List.of() : clean(story, metadata, rules);
    }

    /** The text of the largest block of a freshly parsed {@code page}, for when Readability found nothing. */
    static List<String> largestBlockParagraphs(Document page, PageMetadata metadata, Set<Furniture> rules) {
        PageFurniture.beforeExtraction(page, rules); // unwraps a page-wrapping form before forms count as chrome
        page.select(CHROME).remove();
        return clean(largestBlock(page), metadata, rules);
    }

    private static List<String> clean(Element story, PageMetadata metadata, Set<Furniture> rules) {
        PageFurniture.afterExtraction(story, rules);
        return HtmlText.paragraphs(story).stream()
                .filter(paragraph -> !metadata.titles().contains(paragraph.toLowerCase(Locale.ROOT)))
                .filter(paragraph -> !FurnitureLines.isFurniture(paragraph, metadata.author(), rules))
                .toList();
    }

    private static Element largestBlock(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> page.select("main, [role=main]").stream().findFirst())
                .orElse(page.body());
    }
}
