package newsdesk.answer;

import java.util.regex.Pattern;

/**
 * The kind of quantity a number question asks for beyond its wording's frame, and whether a number span is of that
 * kind, read from the span's unit (currency sign or word, %, the noun after the figure). Pure; lower-case input.
 *
 * <ul>
 *   <li>a count of people ("how many fans", "how big was the crowd", "what was the attendance") takes a number of
 *   people or a bare figure, never "48 years" or "five goals";</li>
 *   <li>money ("how much … cost / pay", "what revenue") takes a percentage only when the question asks for a change
 *   ("how much of a raise", "by how much did … increase"): "4%" is no revenue, "90%" no price;</li>
 *   <li>"what day of the week" takes a weekday or a date with its day, never a bare year, a month or "years ago".</li>
 * </ul>
 */
final class Quantities {

    /** Nouns counting people: a question asking for one of them wants a head count. */
    private static final String PEOPLE = "crowds?|fans|attendance|attendees|spectators|supporters|people|persons"
            + "|employees|workers|staff|users|participants|members|viewers|followers|subscribers|visitors|customers"
            + "|residents|voters|students|patients|players|troops|soldiers|volunteers|passengers|delegates|jobs";
    private static final Pattern PEOPLE_HEAD = Pattern.compile("^(" + PEOPLE + ")$");
    private static final Pattern CROWD_Q = Pattern.compile("\\bhow (big|large) (was|is|were|will be) (the|a|their|its)"
            + " ([\\w-]+ )?(crowd|attendance|audience)\\b|\\b(what|which) (was|is|were|will be) the ([\\w-]+ )?(crowd"
            + "|attendance|audience|headcount|workforce)\\b");
    private static final Pattern PEOPLE_UNIT = Pattern.compile("\\b(" + PEOPLE + "|person|fan|spectator|supporter"
            + "|employee|worker|user|participant|member|viewer|follower|subscriber|visitor|customer|resident|voter"
            + "|student|patient|attendee|individuals|adults|children|women|men|americans|britons|strong)\\b");
    /** A figure alone large enough for a crowd: "80,065", "2,500", "11 thousand" (not "35", not "2"). */
    private static final Pattern BARE = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d{3,})( (thousand|million))?$"
            + "|^\\d+(\\.\\d+)? (thousand|million)$");
    /** A money question asks for a change when it says so: a percentage can answer it then. */
    private static final Pattern CHANGE_Q = Pattern.compile("\\b(of a (pay )?(raise|rise|increase|hike|cut)"
            + "|by how much|increase[ds]?|rise|rose|grow|grew|growth|cut|drop(ped)?|fall|fell|decline[ds]?"
            + "|jump(ed)?|climb(ed)?|boost(ed)?"
            + "|(raise[ds]?|hike[ds]?|lower(ed)?|reduce[ds]?|slash(ed)?) (its |their |the )?(wages|pay|prices?"
            + "|salar(y|ies)|rates?|fees?|tariffs?|taxes|rents?|premiums?|fares?))\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|yesterday|today|tomorrow|tonight)\\b");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)[a-z]*\\.? \\d{1,2}\\b|\\b\\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)");

    private Quantities() {
    }

    /**
     * Whether the question asks for a number of people: its head noun counts people ("how many fans", "how many
     * people"), or it asks for the size of a crowd ("how big was the crowd", "what was the attendance").
     */
    static boolean asksPeople(String question, String head) {
        return head != null && PEOPLE_HEAD.matcher(head).find() || CROWD_Q.matcher(question).find();
    }

    /**
     * The fit of a span to a head count: {@code Expectation.PREFERRED} for a number of people ("80,065 fans",
     * "110,000 participants"); for a crowd's size ("how big was the crowd") 1 for a large bare figure ("80,065");
     * else 0 ("48 years", "5-1", "$3 million", "27%", "35").
     */
    static double people(String question, String span) {
        if (PEOPLE_UNIT.matcher(span).find()) {
            return Expectation.PREFERRED;
        }
        return CROWD_Q.matcher(question).find() && BARE.matcher(span).find() ? 1 : 0;
    }

    /** Whether a money question may be answered by a percentage: it asks for a change, not an amount. */
    static boolean percentAnswersMoney(String question) {
        return CHANGE_Q.matcher(question).find();
    }

    /**
     * The fit of a span to a "what day (of the week)" question: PREFERRED for a weekday (or today, tomorrow …), 1 for
     * a date with its day of the month, 0 for anything coarser ("2023", "December", "10 years ago").
     */
    static double weekday(String span) {
        if (WEEKDAY.matcher(span).find()) {
            return Expectation.PREFERRED;
        }
        return DAY_OF_MONTH.matcher(span).find() ? 1 : 0;
    }
}
