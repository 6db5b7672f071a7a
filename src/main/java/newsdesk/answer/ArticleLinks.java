package newsdesk.answer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in text, and whether a link names an article's own address. Article text may carry planted links, so a
 * generated sentence may show a link only when it points into an article the sentence cites.
 */
final class ArticleLinks {

    /**
     * Links in any form a reader could follow: any scheme ({@code https://}, {@code hxxp://}), {@code www.}, an IPv4
     * address, or a host name ending in a top-level domain of letters ({@code evil.example}, {@code scam.shop/free});
     * the label before the domain has two characters at least, so "U.S." and "a.m." are not links.
     */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]{0,15}://[^\\s<>\"'\\])]+"
                    + "|\\bwww\\.[^\\s<>\"'\\])]+"
                    + "|\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b(?::\\d+)?(?:/[^\\s<>\"'\\])]*)?"
                    + "|\\b(?:[a-z0-9-]+\\.)*[a-z0-9][a-z0-9-]+\\.[a-z]{2,24}\\b(?:/[^\\s<>\"'\\])]*)?");

    private ArticleLinks() {
    }

    /** Whether {@code text} holds a link. */
    static boolean any(String text) {
        return URL.matcher(text).find();
    }

    /** The links of {@code text}, lower-cased, without their scheme or trailing punctuation. */
    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            links.add(matcher.group().toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "")
                    .replaceFirst("^[a-z]+://", ""));
        }
        return links;
    }

    /**
     * Whether {@code link} (scheme removed) names the cited article's own address: the same host, or a domain the host
     * belongs to ({@code wsj.com} for {@code www.wsj.com}, never {@code sj.com}), and a path the article's starts with.
     */
    static boolean pointsInto(String link, String articleUrl) {
        URI article;
        try {
            article = articleUrl == null ? null : new URI(articleUrl.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (article == null || article.getHost() == null) {
            return false;
        }
        int end = link.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = link.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String host = link.substring(0, end);
        String articleHost = article.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !articleHost.equals(host) && !articleHost.endsWith("." + host)) {
            return false;
        }
        int pathAt = link.indexOf('/');
        String path = pathAt < 0 ? "" : link.substring(pathAt);
        String articlePath = article.getRawPath() == null ? "" : article.getRawPath().toLowerCase(Locale.ROOT);
        return path.isEmpty() || articlePath.startsWith(path) || (articlePath + "/").equals(path);
    }
}
