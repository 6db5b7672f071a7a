package newsdesk.answer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One numbered source of an answer: the article it comes from and the exact sentence quoted from it.
 *
 * <p>{@code n} is the marker {@code [n]} used in the answer text. For a {@link Kind#SENTENCE} citation,
 * {@code sentence} equals {@code article.body().substring(start, end)} and {@code field} is {@code null}. For a
 * {@link Kind#METADATA} citation (a question about the article itself: who wrote it, which outlet, when it was
 * published, where to read it) {@code field} names the article field ("author", "source", "publishedAt", "url"),
 * {@code sentence} is that field's value and {@code start}/{@code end} are 0 and its length. {@code dates} are the
 * relative dates of the sentence resolved to calendar dates; {@code copies} the other articles carrying the same
 * story. {@code publishedAt} and {@code url} may be {@code null}.
 */
public record Citation(
        int n,
        String articleId,
        String title,
        String source,
        OffsetDateTime publishedAt,
        String url,
        String sentence,
        int start,
        int end,
        Kind kind,
        String field,
        List<ResolvedDate> dates,
        List<Copy> copies) {

    /** Where the quoted text comes from: the article's body, or one of its fields. */
    public enum Kind {
        SENTENCE, METADATA;

        /** The JSON name: "sentence" or "metadata". */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A sentence citation with no resolved dates and no copies. */
    public Citation(int n, String articleId, String title, String source, OffsetDateTime publishedAt, String url,
                    String sentence, int start, int end) {
        this(n, articleId, title, source, publishedAt, url, sentence, start, end, Kind.SENTENCE, null, List.of(),
                List.of());
    }

    public Citation {
        if (n < 1) {
            throw new IllegalArgumentException("citation numbers start at 1");
        }
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.METADATA) != (field != null)) {
            throw new IllegalArgumentException("a metadata citation names its field, a sentence citation none");
        }
        dates = List.copyOf(dates);
        copies = List.copyOf(copies);
    }

    /** The same citation with these resolved dates. */
    public Citation withDates(List<ResolvedDate> resolved) {
        return new Citation(n, articleId, title, source, publishedAt, url, sentence, start, end, kind, field,
                resolved, copies);
    }

    /** The same citation listing these copies of its story. */
    public Citation withCopies(List<Copy> others) {
        return new Citation(n, articleId, title, source, publishedAt, url, sentence, start, end, kind, field,
                dates, others);
    }
}
