package newsdesk.chunk;

import java.util.Objects;

/**
 * One embedding unit: consecutive sentences {@code [firstSentence, lastSentence]} of an article, covering the
 * body range {@code [start, end)}. {@code text} is exactly that range of the body; {@code tokens} is its size in
 * the embedding model's word pieces.
 */
public record Chunk(String id, String articleId, int ordinal, int firstSentence, int lastSentence,
                    int start, int end, String text, int tokens) {

    public Chunk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (ordinal < 0 || firstSentence < 0 || lastSentence < firstSentence || start < 0 || end < start) {
            throw new IllegalArgumentException("inconsistent chunk " + id);
        }
    }

    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }
}
