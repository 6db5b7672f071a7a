package newsdesk.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a typed question part accepts beyond its type, from its wording: "how much" and prices want money, "how old"
 * an age, "how long" a duration, "what score" or "by how many" a score, "what percentage" a percentage, "how many
 * troops" a number of troops; "what day" a weekday, "what year" a year. {@link #factor} is 0 for a span the part
 * cannot take, above 1 for one it asks for by name, else 1. A percentage answers "how much" too. A "who" question
 * naming a person's role ("… as Binance's CEO") weighs an organisation's name less.
 */
final class Expectation {

    static final double PREFERRED = 1.3;
    static final double ROLE_ORG = 0.5;
    private static final Pattern MONEY_Q = Pattern.compile("\\bhow much\\b(?! (time|longer|older|bigger|more))"
            + "|\\b(price|valuation|revenue|cost|costs|worth|salary|fee|paid|pay|paying|raise|raised|funding|sales"
            + "|profit|income|earnings|fine|budget|payout|bonus|deal)\\b");
    private static final Pattern MONEY = Pattern.compile("[$€£¥₹]|\\b(dollars|euros|pounds|yuan|yen|rupees|cents?"
            + "|million|billion|trillion|crores?|lakhs?|[mb]n?)\\b", Pattern.CASE_INSENSITIVE);
    /** "2022 season", "the 2019 year": a date, not a length. */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    /**
     * Roles only a person holds: a question naming one asks for a person, not an organisation ({@link HeadFit} reads
     * them too, each adding a few of its own).
     */
    static final String PERSON_ROLES = "ceo|coach|president|chairman|chairwoman|minister|senator|governor|mayor"
            + "|quarterback|referee|umpire|spokesperson|spokesman|spokeswoman|striker|goalkeeper|pitcher|player|judge"
            + "|actor|actress|singer|rapper|founder|individual|person";
    private static final Pattern PERSON_ROLE = Pattern.compile("\\b(" + PERSON_ROLES + "|captain)\\b");
    private static final Pattern SCORE_Q = Pattern.compile("\\b(score|scoreline|record|by how many)\\b"
            + "|\\bby how much\\b.*\\b(win|won|beat|lead|led|lose|lost|defeat|defeated)\\b");
    private static final Pattern SCORE = Pattern.compile("^\\d{1,3}-\\d{1,3}$");
    private static final Pattern PERCENT_Q = Pattern.compile("\\b(percent|percentage|share|proportion)\\b");
    private static final Pattern PERCENT = Pattern.compile("%|percent|per cent");
    private static final Pattern AGE_Q = Pattern.compile("\\bhow old\\b|\\bwhat age\\b");
    private static final Pattern AGE = Pattern.compile("^\\d{1,3}( years?( old)?|-year-old)?$");
    private static final Pattern LONG_Q = Pattern.compile("\\bhow long\\b");
    private static final Pattern DURATION = Pattern.compile("\\b(seconds?|minutes?|hours?|days?|weeks?|months?"
            + "|years?|seasons?|decades?)\\b");

    private Expectation() {
    }

    static double factor(QuestionPart part, String span) {
        String q = part.text().toLowerCase(Locale.ROOT);
        String s = span.toLowerCase(Locale.ROOT);
        if (part.type() == AnswerType.DATE) {
            return date(part.head(), s);
        }
        if (part.type() == AnswerType.PERSON_OR_ORG) {
            return person(q, s);
        }
        if (part.type() != AnswerType.NUMBER) {
            return 1;
        }
        if (SCORE.matcher(s).find() && !SCORE_Q.matcher(q).find()) {
            // "6-0" is a score: it answers "what was the score", not "how big was the crowd".
            return 0;
        }
        if (AGE_Q.matcher(q).find()) {
            return AGE.matcher(s).find() ? PREFERRED : 0;
        }
        if (LONG_Q.matcher(q).find()) {
            return DURATION.matcher(s).find() && !YEAR_FIRST.matcher(s).find() ? PREFERRED : 0;
        }
        if (SCORE_Q.matcher(q).find()) {
            // "By how many points …?" takes "38-point" as well as "63-21".
            return SCORE.matcher(s).find() || headUnit(part, s) ? PREFERRED : 0;
        }
        if (PERCENT_Q.matcher(q).find()) {
            return PERCENT.matcher(s).find() ? PREFERRED : 0;
        }
        if (Quantities.asksPeople(q, part.head())) {
            return Quantities.people(q, s);
        }
        if (q.contains("how many") && part.head() != null && part.head().length() > 2) {
            return headUnit(part, s) ? PREFERRED : 0;
        }
        if (MONEY_Q.matcher(q).find()) {
            // "How much of a raise?" is answered by "seven percent" as well as by "$2 an hour".
            boolean percent = PERCENT.matcher(s).find();
            return (percent ? Quantities.percentAnswersMoney(q) : MONEY.matcher(span).find())
                    && !SCORE.matcher(s).find() ? PREFERRED : 0;
        }
        return 1;
    }

    /** Whether the span's unit is the question's head noun ("troops" in "5,000 troops" for "how many troops"). */
    private static boolean headUnit(QuestionPart part, String span) {
        String head = part.head();
        return head != null && head.length() > 2 && span.contains(head.substring(0, Math.min(head.length(), 4)));
    }

    /**
     * {@code ROLE_ORG} for an organisation's name ("Department of Justice") when the question asks for the holder of
     * a person's role ("Who replaces CZ as Binance's CEO?", "Who is the new head coach?"), else 1.
     */
    private static double person(String q, String span) {
        if (!PERSON_ROLE.matcher(q).find()) {
            return 1;
        }
        for (String word : span.split("[^\\p{L}\\p{N}.&]+")) {
            if (NameWords.ORG_WORDS.contains(word)) {
                return ROLE_ORG;
            }
        }
        return 1;
    }

    private static double date(String head, String span) {
        if (head == null) {
            return 1;
        }
        boolean year = span.matches(".*\\b(1[89]|20)\\d{2}\\b.*");
        return switch (head) {
            case "weekday", "day" -> Quantities.weekday(span);
            case "year" -> year ? PREFERRED : 0.5;
            default -> 1;
        };
    }
}
