package newsdesk.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as readers meet them: ISO-8601 with or without offset or time
 * ({@code 2023-11-27T08:45:59+00:00}, {@code 2023-11-27 08:45}, {@code 2023-11-27}) and the way news pages print them
 * ({@code Aug 28, 2025 04:15 pm IST}, {@code Sept. 3, 2025, 9 a.m. ET}, {@code 28 August 2025}), and ISO dates
 * with a zone name ({@code 2010-01-01 09:32:17 UTC}).
 *
 * <p>Without a zone the time is taken as UTC; without a time the date starts at midnight in its zone.
 */
public final class PublishedDates {

    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern HUMAN = Pattern.compile(
            "(?:[A-Za-z]{3,9}\\.?,?\\s+)?"                                    // optional weekday
            + "(?:" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})"                  // Aug 28, 2025
            + "|(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4}))"                   // 28 Aug 2025
            + "(?:,?\\s+(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?"    // 04:15[:00]
            + "\\s*(?:([AaPp])\\.?\\s?[Mm]\\b\\.?)?)?"                      // pm, p.m.
            + "(?:\\s*,?\\s*(.*))?");                                          // zone
    private static final Pattern ISO_WITH_ZONE_NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)"
            + "\\s*([A-Za-z]{1,5}(?:\\s*[+-][\\d:]{1,5})?)");
    /** The zone's long name browsers append: {@code Tue Nov 19 2019 05:44:06 GMT+0000 (Coordinated Universal Time)}. */
    private static final Pattern LONG_ZONE_NAME = Pattern.compile("\\s*\\([A-Za-z ]+\\)$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("(.*T\\d{2}:\\d{2}.*[+-]\\d{2})(\\d{2})");

    private PublishedDates() {
    }

    /** The date in {@code text}, {@code null} for blank text; throws {@link ArticleFormatException} otherwise. */
    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = LONG_ZONE_NAME.matcher(text.strip()).replaceFirst("");
        Matcher named = ISO_WITH_ZONE_NAME.matcher(value);
        if (named.matches()) {
            ZoneId zone = ZoneAbbreviations.lookup(named.group(3))
                    .orElseThrow(() -> unrecognised(text, "unknown time zone '" + named.group(3) + "'"));
            try {
                return LocalDateTime.parse(named.group(1) + "T" + named.group(2)).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw unrecognised(text, e.getMessage());
            }
        }
        OffsetDateTime iso = parseIso(value);
        return iso != null ? iso : parseHuman(value);
    }

    private static OffsetDateTime parseIso(String text) {
        String value = text.length() > 10 && text.charAt(10) == ' ' && text.matches("\\d{4}-\\d{2}-\\d{2} \\d.*")
                ? text.substring(0, 10) + "T" + text.substring(11).strip() : text;
        value = value.replaceAll("\\s+", "");
        Matcher colonless = OFFSET_WITHOUT_COLON.matcher(value);
        if (colonless.matches()) {
            value = colonless.group(1) + ":" + colonless.group(2);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notOffset) {
            // try the next shape
        }
        try {
            return ZonedDateTime.parse(value).toOffsetDateTime();
        } catch (DateTimeParseException notZoned) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next shape
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static OffsetDateTime parseHuman(String text) {
        Matcher m = HUMAN.matcher(text);
        if (!m.matches()) {
            throw unrecognised(text, "expected a date like 'Aug 28, 2025 04:15 pm IST' or '2025-08-28T16:15+05:30'");
        }
        boolean monthFirst = m.group(1) != null;
        Month month = month(monthFirst ? m.group(1) : m.group(5), text);
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
        String zoneText = m.group(11) == null ? "" : m.group(11).strip();
        ZoneId zone = zoneText.isEmpty() ? ZoneOffset.UTC : ZoneAbbreviations.lookup(zoneText)
                .orElseThrow(() -> unrecognised(text, "unknown time zone '" + zoneText + "'"));
        try {
            LocalDate date = LocalDate.of(year, month, day);
            LocalTime time = m.group(7) == null ? LocalTime.MIDNIGHT : time(m, text);
            return ZonedDateTime.of(date, time, zone).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw unrecognised(text, e.getMessage());
        }
    }

    private static LocalTime time(Matcher m, String text) {
        int hour = Integer.parseInt(m.group(7));
        int minute = m.group(8) == null ? 0 : Integer.parseInt(m.group(8));
        int second = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
        String meridiem = m.group(10);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                throw unrecognised(text, "hour " + hour + " with am/pm");
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        } else if (m.group(8) == null) {
            throw unrecognised(text, "a time needs minutes or am/pm");
        }
        return LocalTime.of(hour, minute, second);
    }

    private static Month month(String name, String text) {
        return monthNamed(name).orElseThrow(() -> unrecognised(text, "unknown month '" + name + "'"));
    }

    /**
     * The month an English name or abbreviation of at least three letters names, in any case ("Aug", "august",
     * "Sept"); the one month parser of Newsdesk (article dates and days named in questions).
     */
    public static Optional<Month> monthNamed(String name) {
        if (name.length() < 3) {
            return Optional.empty();
        }
        String prefix = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static ArticleFormatException unrecognised(String text, String why) {
        return new ArticleFormatException("unrecognised date '" + text + "': " + why);
    }
}
