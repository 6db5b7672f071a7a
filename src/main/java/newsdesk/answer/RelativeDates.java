package newsdesk.answer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure functions that resolve the relative dates of a news sentence against its article's publication date, and
 * the one date format ("3 Sep 2025") every surface shows.
 *
 * <p>Only what is unambiguous is resolved (the rest is left alone, never guessed):
 * <ul>
 *   <li>"yesterday", "tomorrow", "tonight", "the day before yesterday", "the day after tomorrow" (not "of
 *   tomorrow");</li>
 *   <li>a bare weekday ("on Wednesday"), as news copy uses it for a day in the week around publication (AP style):
 *   with a future cue before it ("will", "is set to", "scheduled" …, else the nearest cue after it) the day on or
 *   after publication; with a past cue ("said", "revealed", "was" …) the day on or before it; with no cue only
 *   when it names the publication's own weekday (then it is that day). A weekday that is possessive
 *   ("Wednesday's"), plural, part of a name ("Black Friday", "Sunday Times"), after "every"/"each", already
 *   followed by its date ("Wednesday, Sept. 3") or that contradicts a "next week"/"last week" in the same sentence
 *   is not resolved;</li>
 *   <li>"next Tuesday" / "last Tuesday" only when the coming (previous) Tuesday lies in the next (previous) ISO
 *   week, where both readings of the phrase agree.</li>
 * </ul>
 * Ranges ("next week", "last month", "this weekend", "earlier this year") are not single dates and are never
 * resolved. Dates are taken in the publication's own offset.
 */
public final class RelativeDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern EXPRESSION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<day>(?i:the day (?:before yesterday|after tomorrow)|yesterday|tomorrow|tonight))"
                    + "|(?:(?<mod>(?i:next|last|this|every|each))\\s+)?(?<weekday>" + WEEKDAY + "))"
                    + "(?<poss>['’]s)?(?![\\p{L}\\d])");
    private static final Pattern NAMED_DAY_BEFORE = Pattern.compile(
            "(?:Black|Good|Ash|Super|Cyber|Giving|Bloody|Holy|Maundy|Easter|Palm|Shrove|Manic|Blue|Travel)\\s+$");
    private static final Pattern DAY_AFTER = Pattern.compile(
            "^(?:,?\\s*(?:\\(|\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s*\\d)"
                    + "|\\s+(?:Times|Telegraph|Post|Mail|Express|Mirror|Herald|Independent|Night Live"
                    + "|Night Football|Football|School|Service|Club)\\b)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+");
    private static final Pattern NEXT_WEEK = Pattern.compile("(?i)\\b(?:next|following|coming) week\\b");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\b(?:last|previous|past) week\\b");
    private static final Set<String> FUTURE = Set.of("will", "won't", "shall", "scheduled", "slated", "expected",
            "due", "plans", "plan", "planned", "planning", "upcoming", "ahead", "going", "intends", "aims");
    private static final Set<String> AUX_TO = Set.of("set", "going", "poised");
    private static final Pattern TO_FOLLOWS = Pattern.compile("\\s+(?:to|for)\\b");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "didn't", "wasn't", "weren't",
            "said", "told", "announced", "revealed", "reported", "unveiled", "released", "met", "held", "took",
            "made", "gave", "came", "went", "won", "lost", "sent", "began", "ended", "closed", "rose", "fell",
            "signed", "launched", "confirmed", "added", "wrote", "published", "posted", "visited", "attended",
            "arrived", "left", "died", "killed", "voted", "approved", "rejected", "filed", "raised", "agreed");

    private RelativeDates() {
    }

    /** "3 Sep 2025". */
    public static String format(LocalDate date) {
        return date.format(DAY_MONTH_YEAR);
    }

    /** The unambiguous relative dates of {@code sentence}, in order; empty when {@code publishedAt} is null. */
    public static List<ResolvedDate> resolve(String sentence, OffsetDateTime publishedAt) {
        if (publishedAt == null || sentence == null) {
            return List.of();
        }
        LocalDate published = publishedAt.toLocalDate();
        List<ResolvedDate> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(sentence);
        while (m.find()) {
            LocalDate date = m.group("day") != null ? dayWord(sentence, m, published) : weekday(sentence, m, published);
            if (date != null) {
                int end = m.group("poss") != null ? m.start("poss") : m.end();
                found.add(new ResolvedDate(m.start(), end, date));
            }
        }
        return List.copyOf(found);
    }

    /** {@code sentence} with " (3 Sep 2025)" after each resolved date; the text stays verbatim otherwise. */
    public static String annotate(String sentence, List<ResolvedDate> dates) {
        StringBuilder out = new StringBuilder(sentence);
        for (int i = dates.size() - 1; i >= 0; i--) {
            ResolvedDate d = dates.get(i);
            if (d.end() <= sentence.length()) {
                out.insert(d.end(), " (" + format(d.date()) + ")");
            }
        }
        return out.toString();
    }

    private static LocalDate dayWord(String sentence, Matcher m, LocalDate published) {
        String word = m.group("day").toLowerCase(Locale.ROOT);
        if (sentence.substring(0, m.start()).matches("(?is).*\\bof\\s+$")) {
            return null;
        }
        return switch (word) {
            case "yesterday" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            case "tonight" -> published;
            case "the day before yesterday" -> published.minusDays(2);
            default -> published.plusDays(2);
        };
    }

    private static LocalDate weekday(String sentence, Matcher m, LocalDate published) {
        String before = sentence.substring(0, m.start());
        if (m.group("poss") != null || NAMED_DAY_BEFORE.matcher(before).find()
                || DAY_AFTER.matcher(sentence.substring(m.end())).find()) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        int ahead = (day.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
        LocalDate coming = published.plusDays(ahead);
        LocalDate previous = published.minusDays((7 - ahead) % 7);
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        return switch (mod) {
            case "next" -> {
                LocalDate strictlyAfter = ahead == 0 ? published.plusDays(7) : coming;
                yield week(strictlyAfter) == week(published) + 1 ? strictlyAfter : null;
            }
            case "last" -> {
                LocalDate strictlyBefore = ahead == 0 ? published.minusDays(7) : previous;
                yield week(strictlyBefore) == week(published) - 1 ? strictlyBefore : null;
            }
            case "" -> consistent(sentence, published, bare(sentence, m, coming, previous, ahead));
            default -> null;
        };
    }

    private static LocalDate bare(String sentence, Matcher m, LocalDate coming, LocalDate previous, int ahead) {
        Boolean future = tense(sentence, m.start(), m.end());
        if (future != null) {
            return future ? coming : previous;
        }
        return ahead == 0 ? coming : null;
    }

    private static LocalDate consistent(String sentence, LocalDate published, LocalDate date) {
        if (date == null) {
            return null;
        }
        long weeks = week(date) - week(published);
        if (NEXT_WEEK.matcher(sentence).find() && weeks != 1 || LAST_WEEK.matcher(sentence).find() && weeks != -1) {
            return null;
        }
        return date;
    }

    /**
     * TRUE future, FALSE past, null no cue: the nearest cue before the expression, else the nearest after it; a
     * participle after "be" ("will be held") is no past cue.
     */
    private static Boolean tense(String sentence, int start, int end) {
        Boolean before = null;
        Boolean after = null;
        Matcher w = WORD.matcher(sentence);
        String previous = "";
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean passive = previous.equals("be") || previous.equals("being");
            previous = word;
            boolean toFollows = TO_FOLLOWS.matcher(sentence).region(w.end(), sentence.length()).lookingAt();
            Boolean cue = FUTURE.contains(word) || word.endsWith("'ll") || AUX_TO.contains(word) && toFollows
                    ? Boolean.TRUE : PAST.contains(word) && !passive ? Boolean.FALSE : null;
            if (cue == null) {
                continue;
            }
            if (w.end() <= start) {
                before = cue;
            } else if (w.start() >= end && after == null) {
                after = cue;
            }
        }
        return before != null ? before : after;
    }

    private static long week(LocalDate date) {
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        return ChronoUnit.WEEKS.between(LocalDate.of(2000, 1, 3), monday);
    }
}
