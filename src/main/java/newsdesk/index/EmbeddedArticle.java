package newsdesk.index;

import java.util.List;

import newsdesk.chunk.Chunker;

/** An article ready to index: its sentences and chunks, and one vector per chunk in the same order. */
public record EmbeddedArticle(Chunker.Chunked chunked, List<float[]> vectors) {

    public EmbeddedArticle {
        vectors = List.copyOf(vectors);
        if (vectors.size() != chunked.chunks().size()) {
            throw new IllegalArgumentException(chunked.chunks().size() + " chunks but " + vectors.size() + " vectors");
        }
    }
}
