package newsdesk.answer;

import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.Article;

/**
 * The little tense reading the extractive answerer does: whether a question asks about the future ("When will …?",
 * "Which leaders will attend?"), whether a sentence speaks of something ahead of its writing, and whether a date
 * span lies before its article. A pure function of the words.
 */
final class Tense {

    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|going to|set to|plans? to|upcoming)\\b");
    /**
     * Words that put a sentence's event ahead of its writing: "When will the bridge close?" is not answered by
     * "Harbor City opened the bridge on Monday", a sentence with none of them.
     */
    static final Pattern FUTURE_MARK = Pattern.compile("(?i)\\b(will|won['’]t|['’]ll|shall|would|set to|plans?"
            + "|planned|planning|scheduled|expected|expects|due|next|upcoming|coming|later|begins?|starts?|starting"
            + "|is to|are to|until|from|effective|takes? over|takes? charge|going to|aims?|intends?)\\b");
    private static final Pattern PAST_DATE = Pattern.compile("(?i)\\b(last|ago|yesterday|earlier|previous|past)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})s?\\b");

    private Tense() {
    }

    /** Whether the question asks about the future: "will", "going to", "set to", "plans to", "upcoming". */
    static boolean future(String question) {
        return FUTURE.matcher(question).find();
    }

    /** Whether the sentence has a word that puts its event ahead of its writing ({@link #FUTURE_MARK}). */
    static boolean ahead(String sentence) {
        return FUTURE_MARK.matcher(sentence).find();
    }

    /** Whether a date span lies before its article was written: a year before its year, "last week", "ago". */
    static boolean past(String span, Article article) {
        if (PAST_DATE.matcher(span).find()) {
            return true;
        }
        Matcher year = YEAR.matcher(span);
        return year.find() && article.publishedAt() != null && Integer.parseInt(year.group(1))
                < article.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).getYear();
    }
}
