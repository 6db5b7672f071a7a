package newsdesk.answer;

import java.util.regex.Pattern;

/**
 * What kind of news question this is, from its wording alone (pure): the latest state of a story, how it unfolded,
 * how outlets covered it, or none of these. Timeline wording wins over coverage, coverage over freshness ("what has
 * happened since" is a timeline even when it says "so far").
 */
public enum NewsIntent {
    /** "What is the latest on …", "Is … still …", "How many … so far": favour newer articles, say as of when. */
    LATEST,
    /** "How did … unfold", "timeline of …", "what has happened with … since …": dated bullets, oldest first. */
    TIMELINE,
    /** "What did outlets report about …", "How did The Verge and TechCrunch cover …": one line per outlet. */
    COVERAGE,
    /** Any other question: quotes as usual. */
    NONE;

    private static final Pattern TIMELINE_WORDS = Pattern.compile("\\btime-?lines?\\b|\\bchronolog"
            + "|\\bhow (?:did|has|have|was|were) .{2,120}?\\b(?:unfold|unfolded|develop|developed|evolve|evolved"
            + "|progress|progressed|play(?:ed)? out)\\b"
            + "|\\bwhat (?:has|have) happened\\b"
            + "|\\bwhat happened (?:with|to) .{2,120}?\\bsince\\b"
            + "|\\bsequence of events\\b|\\bstep by step\\b|\\bhow .{2,80}? events? unfold",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COVERAGE_WORDS = Pattern.compile("\\b(?:outlets?|publications?|newspapers?"
            + "|news (?:sites|sources|organi[sz]ations)|the (?:media|press))\\b.{0,40}?\\b(?:report|reported|say|said"
            + "|write|wrote|cover|covered|describe|described)\\b"
            + "|\\bhow (?:did|do|does|have|has) .{2,80}?\\bcover(?:ed|ing)?\\b"
            + "|\\bcoverage (?:of|across|by)\\b|\\bacross outlets\\b|\\beach outlet\\b|\\bdifferent outlets\\b"
            + "|\\bwhat (?:did|do|does) .{2,60}? and .{2,60}? (?:report|say|write)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATEST_WORDS = Pattern.compile("\\b(?:latest|now|currently|current|so far"
            + "|still|most recent|newest|as of|to date|up to date|any (?:news|update)s?|recent(?:ly)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STOCK_WORDS = Pattern.compile("\\b(?:time-?lines?|chronolog\\w*|unfold(?:ed|ing)?"
            + "|developed|evolved|progressed|played out|happened|outlets?|publications?|newspapers?|media|press"
            + "|coverage|covered|cover|reported|report|latest|currently|current|now|so far|still|most recent"
            + "|newest|to date|up to date|recently|recent|different|various|each)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONTENT = Pattern.compile("\\b(?!(?:what|which|when|where|whose|does|have|been"
            + "|about|with|that|this|there|their|they|give|tell|from)\\b)[\\p{L}\\p{N}]{4,}", Pattern.CASE_INSENSITIVE);

    /**
     * The question without the words that ask for a layout ("timeline", "unfold", "outlets", "latest" …), to retrieve
     * and score sentences with; the question itself when nothing else would be left.
     */
    public static String topic(String question) {
        String topic = STOCK_WORDS.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return CONTENT.matcher(topic).find() ? topic : question;
    }

    /** The intent of {@code question}; blank or null is {@link #NONE}. */
    public static NewsIntent of(String question) {
        if (question == null || question.isBlank()) {
            return NONE;
        }
        if (TIMELINE_WORDS.matcher(question).find()) {
            return TIMELINE;
        }
        if (COVERAGE_WORDS.matcher(question).find()) {
            return COVERAGE;
        }
        if (LATEST_WORDS.matcher(question).find()) {
            return LATEST;
        }
        return NONE;
    }
}
