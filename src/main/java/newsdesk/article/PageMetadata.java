package newsdesk.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about its article, each field from the most reliable place that has it: the JSON-LD article
 * ({@link LinkedData}) first, then Open Graph and other meta tags, then the visible page (byline, {@code <time>},
 * {@code <title>}, {@code <h1>}). {@code missing} names what could not be found or read (an unreadable date is left
 * empty, never fatal), for the load report. {@code titles} holds every headline the page gives, lower-cased, so the
 * story text can drop its copies.
 */
record PageMetadata(String title, String source, String author, OffsetDateTime published, String url,
                    Set<String> titles, List<String> missing) {

    static final String NO_AUTHOR = "no author";

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final String TITLE = "meta[property=og:title], meta[name=og:title], meta[name=twitter:title],"
            + " meta[property=twitter:title]";
    private static final String SOURCE = "meta[property=og:site_name], meta[name=og:site_name],"
            + " meta[name=application-name]";
    private static final String PUBLISHED = "meta[property=article:published_time], meta[name=article:published_time],"
            + " meta[itemprop=datePublished], meta[name=date], meta[name=pubdate], meta[name=publishdate],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[property=og:published_time],"
            + " meta[name=sailthru.date], meta[property=article:modified_time], meta[itemprop=dateModified]";

    PageMetadata {
        titles = Set.copyOf(titles);
        missing = List.copyOf(missing);
    }

    static PageMetadata of(Document page) {
        LinkedData linked = LinkedData.of(page);
        List<String> missing = new ArrayList<>();
        String title = first(linked.headline(), meta(page, TITLE), Paragraphs.clean(page.title()), heading(page));
        Set<String> titles = new HashSet<>();
        Stream.of(linked.headline(), meta(page, TITLE), Paragraphs.clean(page.title()), heading(page))
                .filter(Objects::nonNull).forEach(t -> titles.add(t.toLowerCase(Locale.ROOT)));
        String source = first(linked.publisher(), meta(page, SOURCE));
        String author = first(linked.authors(), HtmlByline.author(page));
        author = author == null ? null : BY.matcher(author).replaceFirst("");
        OffsetDateTime published = published(page, linked, missing);
        if (author == null) {
            missing.add(NO_AUTHOR);
        }
        return new PageMetadata(title, source, author, published, url(page), titles, missing);
    }

    private static OffsetDateTime published(Document page, LinkedData linked, List<String> missing) {
        List<String> candidates = new ArrayList<>();
        candidates.add(linked.datePublished());
        page.select(PUBLISHED).forEach(meta -> candidates.add(meta.attr("content")));
        candidates.add(linked.dateModified());
        page.select("time[datetime]").forEach(time -> candidates.add(time.attr("datetime")));
        page.select("time").forEach(time -> candidates.add(time.text()));
        String unreadable = null;
        for (String candidate : candidates) {
            try {
                OffsetDateTime date = PublishedDates.parse(candidate);
                if (date != null) {
                    return date;
                }
            } catch (ArticleFormatException e) {
                unreadable = unreadable == null ? e.getMessage() : unreadable;
            }
        }
        missing.add(unreadable == null ? "no publication date" : "no publication date (" + unreadable + ")");
        return null;
    }

    private static String url(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? "" : canonical.attr("href").strip();
        return !href.isEmpty() ? href : meta(page, "meta[property=og:url], meta[name=og:url]");
    }

    private static String heading(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : Paragraphs.clean(h1.text());
    }

    /** The content of the first non-blank element matching {@code query}, collapsed, or null. */
    static String meta(Document page, String query) {
        return page.select(query).stream()
                .map(element -> Paragraphs.clean(element.attr("content")))
                .filter(content -> !content.isEmpty())
                .findFirst().orElse(null);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
