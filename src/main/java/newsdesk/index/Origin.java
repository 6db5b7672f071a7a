package newsdesk.index;

import java.util.Locale;

/** Where an article came from; seed reconciliation only ever adds, changes or drops {@link #SEEDS} articles. */
public enum Origin {
    /** The seeds location ({@code --seeds}), kept in sync by content hash. */
    SEEDS,
    /** {@code newsdesk ingest PATH}. */
    INGEST,
    /** The admin API ({@code POST /api/articles}). */
    UPLOAD;

    /** The lower-case name used on disk and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
