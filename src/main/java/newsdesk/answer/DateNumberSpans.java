package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and numbers in a sentence, found by regular expressions: calendar dates, weekdays, months, years, relative
 * dates ("next week"), clock times; amounts of money, percentages, scores, and numbers with the unit that follows
 * them ("5,000 troops", "thousands of troops"). Overlapping matches keep the one that fits best, then the longest.
 */
final class DateNumberSpans {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:1[89]\\d{2}|20\\d{2})";
    private static final List<Rule> DATES = List.of(
            new Rule("(?:" + WEEKDAY + ",? )?" + MONTH + " " + DAY + ",? " + YEAR + "\\b", 1.0),
            new Rule("(?:" + WEEKDAY + ",? )?" + DAY + " (?:of )?" + MONTH + ",? " + YEAR + "\\b", 1.0),
            new Rule("(?:" + WEEKDAY + ",? )?" + MONTH + " " + DAY + "\\b", 0.95),
            new Rule("(?:" + WEEKDAY + ",? )?" + DAY + " (?:of )?" + MONTH, 0.95),
            new Rule(MONTH + ",? " + YEAR + "\\b", 0.85),
            new Rule("(?:(?:next|last|this|coming|previous) )?" + WEEKDAY
                    + "(?: (?:night|morning|afternoon|evening))?", 0.85),
            new Rule("\\b(?:(?:next|last|this|early|late) |mid-)" + MONTH + "\\b(?! \\d)", 0.8),
            new Rule("(?<=\\b(?:in|since|from|until|by|during|early|late|mid-|of|before|after|last|next|this) )"
                    + MONTH + "\\b", 0.7),
            new Rule("\\b(?:(?:later|earlier) )?(?:next|last|this|the coming|the past) (?:week|month|year|weekend"
                    + "|season|quarter|spring|summer|fall|autumn|winter)\\b", 0.7),
            new Rule("\\b(?:yesterday|today|tomorrow|tonight)\\b", 0.7),
            new Rule("\\b(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?)"
                    + " ago\\b", 0.75),
            new Rule("(?<![$\\d,.])\\b" + YEAR + "s?\\b(?![\\d%,.]\\d)", 0.75),
            new Rule("\\b\\d{1,2}(?::\\d{2})? ?(?:[ap]\\.m\\.|[AaPp][Mm]\\b)(?: [A-Z]{1,3}T\\b)?|\\b(?:noon|midnight)\\b",
                    0.8),
            new Rule("\\b(?:(?:first|second|third|fourth) quarter|Q[1-4])(?: of)?(?: " + YEAR + ")?\\b", 0.8));

    /** "million", "bn", "$596.3M", "$3B", "₹31.4 crore": the scale after a figure. */
    private static final String SCALE = "(?: ?(?:million|billion|trillion|thousand|hundred|crores?|lakhs?|[mbk]n?|bn)"
            + "\\b|[MBK]\\b)?";
    private static final String FIGURE = "(?<![\\d.,-])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\d.,-])\\d+(?:\\.\\d+)?";
    private static final String WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
            + "|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen"
            + "|dozens|several)";
    private static final String UNIT = "(?:-plus)?(?: (?!(?i:of|to|in|on|at|by|for|and|or|the|a|an|with|from|as|is"
            + "|are|was|were|that|this|than|per|since|after|before|into|over|under|has|had|have|which|who|and)\\b)"
            + "(?:[a-z-]+(?:ing|al|ed) )?[A-Za-z][A-Za-z-]*)";
    private static final List<Rule> NUMBERS = List.of(
            new Rule("(?:(?:US|C|A|HK)?[$€£¥₹]|\\bRs\\.? ?)\\s?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?" + SCALE, 1.0),
            new Rule("(?:" + FIGURE + ")" + SCALE + " (?:dollars|euros|pounds|yuan|yen|rupees|won|francs|bitcoins?)\\b", 1.0),
            new Rule("(?:" + FIGURE + ")\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)", 1.0),
            new Rule("\\b\\d{1,3}-\\d{1,3}\\b(?!-)", 0.95),
            new Rule("(?:" + FIGURE + ")" + SCALE + UNIT, 0.9),
            // "a 27-point lead", "a 12-year deal": the unit is glued by a hyphen (never a bare "27").
            new Rule("(?:" + FIGURE + ")(?:-(?!(?:and|or|to|for|of)\\b)[a-z]+)+\\b", 0.9),
            new Rule("\\b" + WORDS + "(?: of)?" + UNIT, 0.8),
            new Rule("(?:" + FIGURE + ")" + SCALE, 0.6));

    private DateNumberSpans() {
    }

    static List<AnswerSpan> dates(String sentence) {
        return find(sentence, DATES, AnswerType.DATE, List.of());
    }

    /** Numbers that are not part of a date (a bare year is a date, "12 years" a number). */
    static List<AnswerSpan> numbers(String sentence) {
        List<AnswerSpan> dates = find(sentence, DATES.subList(0, 5), AnswerType.DATE, List.of());
        List<AnswerSpan> numbers = find(sentence, NUMBERS, AnswerType.NUMBER, dates);
        numbers.removeIf(n -> n.fit() < 0.7 && sentence.substring(n.start(), n.end()).matches(YEAR));
        return numbers;
    }

    private static List<AnswerSpan> find(String sentence, List<Rule> rules, AnswerType type,
                                         List<AnswerSpan> excluded) {
        List<AnswerSpan> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                if (m.end() > m.start()) {
                    all.add(new AnswerSpan(m.start(), m.end(), type, rule.fit()));
                }
            }
        }
        all.sort(Comparator.comparingDouble(AnswerSpan::fit).reversed()
                .thenComparing(Comparator.comparingInt((AnswerSpan s) -> s.end() - s.start()).reversed()));
        List<AnswerSpan> kept = new ArrayList<>();
        for (AnswerSpan span : all) {
            if (kept.stream().noneMatch(span::overlaps) && excluded.stream().noneMatch(span::overlaps)) {
                kept.add(span);
            }
        }
        kept.sort(Comparator.comparingInt(AnswerSpan::start));
        return kept;
    }

    private record Rule(Pattern pattern, double fit) {
        Rule(String regex, double fit) {
            this(Pattern.compile(regex), fit);
        }
    }
}
