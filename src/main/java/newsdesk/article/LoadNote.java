package newsdesk.article;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file whose article loaded but incompletely, e.g. {@code loaded with no publication date (unrecognised date
 * 'yesterday')}: the article is in the corpus, the note tells the user what to fix in the file if it matters.
 */
public record LoadNote(Path path, String note) {

    public LoadNote {
        Objects.requireNonNull(path, "path");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a load note needs text");
        }
    }

    @Override
    public String toString() {
        return path + ": " + note;
    }
}
