package newsdesk.index;

import java.util.Objects;

/**
 * What the index remembers about where an article came from: its {@link Origin}, the file it was read from
 * ({@code file}: relative to the seeds root for seeds, as given otherwise; {@code null} when unknown) and the
 * {@link newsdesk.article.Article#contentHash() content hash} it had when it was embedded.
 */
public record Provenance(Origin origin, String file, String contentHash) {

    public Provenance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(contentHash, "contentHash");
        file = file == null || file.isBlank() ? null : file;
    }
}
