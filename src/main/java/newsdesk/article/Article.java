package newsdesk.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as Newsdesk knows it: the unit that is cited.
 *
 * <p>{@code body} is the answerable text; citations point at character offsets in it. Optional fields are
 * {@code null} when unknown (never empty strings), {@code publishedAt} keeps the zone offset when the source gave one.
 */
public record Article(
        String id,
        String title,
        String source,
        String author,
        OffsetDateTime publishedAt,
        String url,
        String body) {

    public Article {
        id = requireText(id, "id");
        title = requireText(title, "title");
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            throw new IllegalArgumentException("article '" + title + "' has an empty body");
        }
        source = blankToNull(source);
        author = blankToNull(author);
        url = blankToNull(url);
    }

    /** Builds an article whose id is derived from its url, or from title, outlet and date when it has none. */
    public static Article of(String title, String source, String author, OffsetDateTime publishedAt,
                             String url, String body) {
        String key = blankToNull(url) != null ? url.strip()
                : title + "|" + Objects.toString(source, "") + "|" + Objects.toString(publishedAt, "");
        return new Article(stableId(key), title, source, author, publishedAt, url, body);
    }

    /** A short stable identifier: the first 16 hex digits of the SHA-256 of {@code key}. */
    public static String stableId(String key) {
        return sha256(key).substring(0, 16);
    }

    /** SHA-256 over every field: changes whenever anything a reader would see changes. */
    public String contentHash() {
        return sha256(String.join("\u0000", id, title, Objects.toString(source, ""), Objects.toString(author, ""),
                Objects.toString(publishedAt, ""), Objects.toString(url, ""), body));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("article " + name + " must not be blank");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("none") ? null : value.strip();
    }
}
