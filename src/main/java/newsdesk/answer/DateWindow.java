package newsdesk.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication dates a question restricts itself to (pure): "in October", "in October 2023", "before the
 * November 5 report", "after Oct 10", "since September". A date without a year matches that day (or month) in any
 * year. {@code from}/{@code to} are inclusive month-days ({@code null}: open), {@code year} is {@code null} for any.
 */
public record DateWindow(MonthDay from, MonthDay to, Integer year) {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MENTION = Pattern.compile("\\b(?<rel>in|during|before|after|since|until|by"
            + "|prior to|earlier than|later than)\\s+(?:the\\s+|early\\s+|late\\s+|mid-?)?" + MONTH
            + "(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b",
            Pattern.CASE_INSENSITIVE);

    /** The window the question names, if any (the first date phrase counts). */
    public static Optional<DateWindow> of(String question) {
        Matcher m = MENTION.matcher(question == null ? "" : question);
        if (!m.find()) {
            return Optional.empty();
        }
        Month month = month(m.group("month"));
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer day = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
        if (day != null && (day < 1 || day > month.maxLength())) {
            return Optional.empty();
        }
        MonthDay first = MonthDay.of(month, day == null ? 1 : day);
        MonthDay last = MonthDay.of(month, day == null ? month.maxLength() : day);
        return Optional.of(switch (rel) {
            case "before", "prior to", "earlier than" -> new DateWindow(null, minusDay(first), year);
            case "until", "by" -> new DateWindow(null, last, year);
            case "after", "later than" -> new DateWindow(plusDay(last), null, year);
            case "since" -> new DateWindow(first, null, year);
            default -> new DateWindow(first, last, year);
        });
    }

    /** Whether an article published on {@code day} falls in the window. */
    public boolean accepts(LocalDate day) {
        if (year != null && day.getYear() != year && (from != null && to != null)) {
            return false;
        }
        MonthDay md = MonthDay.from(day);
        if (year != null && from == null && day.getYear() != year) {
            return day.getYear() < year;
        }
        if (year != null && to == null && day.getYear() != year) {
            return day.getYear() > year;
        }
        return (from == null || !md.isBefore(from)) && (to == null || !md.isAfter(to));
    }

    private static MonthDay minusDay(MonthDay md) {
        LocalDate d = md.atYear(2001).minusDays(1);
        return d.getYear() == 2001 ? MonthDay.from(d) : MonthDay.of(1, 1);
    }

    private static MonthDay plusDay(MonthDay md) {
        LocalDate d = md.atYear(2001).plusDays(1);
        return d.getYear() == 2001 ? MonthDay.from(d) : MonthDay.of(12, 31);
    }

    private static Month month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
