package newsdesk.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of news-page furniture {@link HtmlReader} removes from a story after the extractor has chosen it, each a
 * general rule (no site is named anywhere). Every rule can be switched off to measure what it does on a benchmark
 * (docs/benchmarks.md, "Article extraction").
 */
public enum Furniture {

    /** Photos with their captions and credits: {@code <figure>}, {@code <figcaption>}, "Image copyright". */
    CAPTIONS,
    /** "Read more", "Related:", "See also" lines and blocks of related, recommended or most-read stories. */
    RELATED,
    /** Share buttons, newsletter and subscription boxes, "Click here", "Follow us", lone "Advertisement" lines. */
    PROMPTS,
    /** The byline and the published/updated line repeated inside the text ("By Ana Lima", "Updated 9:41 a.m."). */
    BYLINES,
    /** List items and short paragraphs that are nothing but a link (story lists, tags, breadcrumbs) or a bare URL. */
    LINK_LISTS,
    /** Page chrome: navigation, asides, footers, dialogs and hidden elements (also hidden by their
     * style, as schema.org microdata blocks are), wherever they are. */
    CHROME,
    /** Page-wrapping {@code <form>}s (ASP.NET pages) unwrapped so the extractor sees the story inside. */
    FORMS;

    /** Every rule: what production reads pages with. */
    public static Set<Furniture> all() {
        return EnumSet.allOf(Furniture.class);
    }
}
