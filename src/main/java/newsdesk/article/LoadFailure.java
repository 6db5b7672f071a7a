package newsdesk.article;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file (or one record in it) that was skipped, with a reason a user can act on. Record-level reasons start with
 * the line number, e.g. {@code line 3: missing 'title'}.
 */
public record LoadFailure(Path path, String reason) {

    public LoadFailure {
        Objects.requireNonNull(path, "path");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a load failure needs a reason");
        }
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
