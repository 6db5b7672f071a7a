package newsdesk.article;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the author of a page: author metadata first, then the visible byline. */
final class HtmlByline {

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final String VISIBLE = "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author],"
            + " .byline__name, .byline, .author";

    private HtmlByline() {
    }

    static String author(Document page) {
        String declared = PageMetadata.meta(page, "meta[name=author], meta[property=article:author],"
                + " meta[name=article:author], meta[name=byl]");
        if (declared != null && !declared.startsWith("http")) {
            return strip(declared);
        }
        Element byline = page.selectFirst(VISIBLE);
        String visible = byline == null ? "" : strip(byline.text());
        return visible.isEmpty() ? null : visible;
    }

    private static String strip(String byline) {
        return BY.matcher(Paragraphs.clean(byline)).replaceFirst("");
    }
}
