package newsdesk.article;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone names as news sites print them ({@code IST}, {@code ET}, {@code GMT+5:30}, {@code +0530}).
 *
 * <p>Abbreviations are ambiguous in general; this table picks the reading common in English-language news:
 * {@code IST} is India (+05:30), {@code CST} is US Central, {@code BST} is British Summer Time. Generic US names
 * ({@code ET}, {@code PT}, ...) map to the region so that daylight saving time is applied for the date.
 */
final class ZoneAbbreviations {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("PKT", ZoneOffset.ofHours(5)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    /** {@code +05:30}, {@code +0530}, {@code -4}, optionally after {@code GMT} or {@code UTC}. */
    private static final Pattern NUMERIC =
            Pattern.compile("(?:GMT|UTC)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

    private ZoneAbbreviations() {
    }

    /** The zone named by {@code text}, or empty when it is not one this table knows. */
    static Optional<ZoneId> lookup(String text) {
        String name = text.strip().replace(".", "").toUpperCase(Locale.ROOT);
        ZoneId zone = ZONES.get(name);
        if (zone != null) {
            return Optional.of(zone);
        }
        Matcher numeric = NUMERIC.matcher(name);
        if (!numeric.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(numeric.group(2));
        int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
        int sign = numeric.group(1).equals("-") ? -1 : 1;
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return Optional.empty();
        }
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
}
