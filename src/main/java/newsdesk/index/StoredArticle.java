package newsdesk.index;

import java.util.Objects;

/** One article as a snapshot holds it: sentences, chunks and vectors, with its provenance. */
public record StoredArticle(EmbeddedArticle embedded, Provenance provenance) {

    public StoredArticle {
        Objects.requireNonNull(embedded, "embedded");
        Objects.requireNonNull(provenance, "provenance");
    }

    public String id() {
        return embedded.chunked().article().id();
    }
}
