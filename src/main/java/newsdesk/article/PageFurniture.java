package newsdesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes furniture elements from a page: before the extractor scores it (blocks named by their class or id, photos,
 * page-wrapping forms) and from the story it chose (captions it kept, lists of links). A block is only removed by
 * its name when it is short or mostly links, so a story wrapped in a {@code share-enabled} div survives.
 */
final class PageFurniture {

    /** A block named like furniture but longer than this many words with few links is kept: it is the story. */
    static final int MAX_WORDS_BY_NAME = 80;
    /** Items of link lists are short: a headline, a tag, a breadcrumb. */
    static final int MAX_LINK_WORDS = 25;

    private static final Pattern CAPTION_NAME = name("(wp-)?caption(-text)?|[a-z]*-caption|credits?|photo-?credit"
            + "|image-?credit|media-?credit");
    private static final Pattern RELATED_NAME = name("related[a-z-]*|read-?more|more-?stories|recommend[a-z-]*"
            + "|most-?(read|popular)|trending|outbrain|taboola|also-?like|see-?also|further-?reading");
    private static final Pattern PROMPT_NAME = name("share|sharing|share-?[a-z]+|social[a-z-]*|newsletter[a-z-]*"
            + "|subscribe|subscription|sign-?up|optin|promo|ads?|ad-?(slot|unit|container)|advert[a-z]*");
    private static final Pattern BYLINE_NAME = name("byline[a-z-]*|dateline|timestamp|article-?date|post-?date");

    private static final String CHROME = "nav, aside, footer, dialog, [hidden], [role=navigation],"
            + " [role=complementary], [role=contentinfo], [role=dialog], [style~=(?i)display\\s*:\\s*none],"
            + " [style~=(?i)visibility\\s*:\\s*hidden]";

    private PageFurniture() {
    }

    private static Pattern name(String tokens) {
        return Pattern.compile("(^|[\\s_-])(" + tokens + ")($|[\\s_-])");
    }

    /** Before extraction: furniture named by class or id, photos with their captions, page-wrapping forms. */
    static void beforeExtraction(Document page, Set<Furniture> rules) {
        if (rules.contains(Furniture.FORMS)) {
            page.select("form").stream().filter(form -> form.select("p").size() >= 3).forEach(Element::unwrap);
        }
        if (rules.contains(Furniture.CAPTIONS)) {
            page.select("figure, figcaption").remove();
        }
        if (rules.contains(Furniture.CHROME)) {
            page.select(CHROME).remove();
        }
        for (Element element : page.body() == null ? page.select("*") : page.body().select("*")) {
            if (element.parent() != null && namedFurniture(element, rules) && shortOrLinks(element)) {
                element.remove();
            }
        }
    }

    /** After extraction, on the chosen story: captions the extractor kept and items that are only a link. */
    static void afterExtraction(Element story, Set<Furniture> rules) {
        if (rules.contains(Furniture.CAPTIONS)) {
            story.select("figure, figcaption").remove();
        }
        if (rules.contains(Furniture.LINK_LISTS)) {
            for (Element item : story.select("li, p, h2, h3, h4, h5, h6, dd, dt")) {
                if (item.parent() != null && onlyALink(item)) {
                    item.remove();
                }
            }
        }
    }

    private static boolean namedFurniture(Element element, Set<Furniture> rules) {
        String name = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (name.isBlank() || element.normalName().equals("body") || element.normalName().equals("html")) {
            return false;
        }
        return rules.contains(Furniture.CAPTIONS) && CAPTION_NAME.matcher(name).find()
                || rules.contains(Furniture.RELATED) && RELATED_NAME.matcher(name).find()
                || rules.contains(Furniture.PROMPTS) && PROMPT_NAME.matcher(name).find()
                || rules.contains(Furniture.BYLINES) && BYLINE_NAME.matcher(name).find();
    }

    private static boolean shortOrLinks(Element element) {
        String text = element.text();
        int words = words(text);
        if (words <= MAX_WORDS_BY_NAME) {
            return true;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked * 2 >= text.length();
    }

    private static boolean onlyALink(Element item) {
        String text = item.text().strip();
        if (text.isEmpty() || words(text) > MAX_LINK_WORDS) {
            return false;
        }
        int linked = item.select("a").stream().mapToInt(a -> a.text().strip().length()).sum();
        return linked >= text.length() - 2;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
