package newsdesk.feedback;

import java.util.Locale;

import newsdesk.error.RefusedException;

/** A reader's verdict on an answer: 👍 ({@code "up"}) or 👎 ({@code "down"}). */
public enum Rating {
    UP, DOWN;

    /** The wire name: "up" or "down". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "up" or "down" (any case); anything else is an {@code INVALID} {@link RefusedException}. */
    public static Rating parse(String text) {
        if (text != null) {
            for (Rating rating : values()) {
                if (rating.wire().equalsIgnoreCase(text.strip())) {
                    return rating;
                }
            }
        }
        throw new RefusedException(RefusedException.Kind.INVALID, "invalid_rating",
                "rating must be \"up\" or \"down\", got " + (text == null ? "nothing" : "'" + clip(text) + "'"));
    }

    private static String clip(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
