package newsdesk.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises furniture paragraphs in extracted story text by their wording: short lines only (a sentence of the
 * story that merely mentions a newsletter is longer than {@value #MAX_WORDS} words, or does not start like a prompt).
 * Pure: the same paragraph, author and rules always give the same verdict.
 */
final class FurnitureLines {

    static final int MAX_WORDS = 30;
    /** A credit or date line: "Photo: Damian Dovarganes, AP", "Updated 1:39 am EST, Wednesday, November 20, 2019". */
    static final int MAX_LINE_WORDS = 14;

    private static final Pattern RELATED = Pattern.compile("(?i)^\\W*(read more|related( stories| articles| content"
            + "| coverage| reading)?|see more|see also|also read|read also|also on|more from|more on|more:|recommended"
            + "|most read|you may also like|you might also like|don'?t miss|further reading)\\b");
    private static final Pattern PROMPT = Pattern.compile("(?i)^\\W*(sign up|subscribe|click here|tap here|follow us"
            + "|follow (him|her|them) on|share (this|on)|like this story|get the .{0,40}app|download (the|our)"
            + "|get (breaking|the latest)|receive the latest|keep an eye on your inbox|thanks for signing up"
            + "|have a (news )?tip|send us|join (us|our)|listen to|watch:|follow .{1,40} on (twitter|facebook|instagram"
            + "|linkedin|youtube)\\b)\\b");
    private static final Pattern PROMPT_WORDS = Pattern.compile(
            "(?i)\\b(newsletters?|in your inbox|sign up|subscribe to|click here)\\b");
    private static final Pattern LONE = Pattern.compile("(?i)^(advertisement|advert|ad|comments?|share|share this"
            + "|print|email|e-mail|tweet|scroll to top|subscribe|menu|close|loading\\.*)[\\s:.!]*$");
    private static final Pattern BY = Pattern.compile("^(By|BY|by)\\s+\\p{Lu}");
    private static final Pattern STAMP = Pattern.compile("(?i)^(published|updated|last updated|posted|first published"
            + "|modified|created|date)\\b");
    private static final Pattern CREDITS = Pattern.compile("(?i)^\\(?(reporting|writing|editing|additional reporting"
            + "|compiled|edited) by\\b|\\bcontributed (reporting|to this report)\\b");
    private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov"
            + "|dec)[a-z]*\\.?|\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?|(?:(?<=\\d)|\\b)[ap]\\.?m\\b\\.?"
            + "|\\b(at|on|utc|gmt|[a-z]?[ecmp]"
            + "[sd]?t|ist|bst|cet|published|updated|posted|last)\\b|\\d+(st|nd|rd|th)?|[|:,./-]");

    /** A date line names a month or weekday or is a numeric date: a lone "4:14 p.m." or "5040" is not one. */
    private static final Pattern CALENDAR = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b.*\\d|\\d.*\\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    private static final Pattern PHOTO_OPENING = Pattern.compile("^(Image|Photo|Picture|Video|FILE PHOTO|PHOTO"
            + "|IMAGE|Credit)( copyright| caption| credit)?\\s*:|^(Image|Photo) (copyright|caption|credit)\\b");
    private static final Pattern PHOTO_ENDING = Pattern.compile("\\((Image|Photo|Picture|Credit)[^()]*\\)$"
            + "|Credit\\.{3}.{0,80}$|\\b(Photo|Image|Picture)( credit)?: [^.]{0,80}$"
            + "|[\\s/](Getty( Images)?|Shutterstock)$"
            + "|\\b(REUTERS|AFP|EPA)/\\S.{0,40}$|(/ ?|\\| )(AP|Reuters|AFP|EPA|Bloomberg)( Photo| file| Images)?$");

    private static final Pattern BARE_LINK = Pattern.compile("^(https?://|www\\.)\\S+$");

    private FurnitureLines() {
    }

    static boolean isFurniture(String paragraph, String author, Set<Furniture> rules) {
        String text = paragraph.strip();
        int words = PageFurniture.words(text);
        if (words > Captions.MAX_WORDS) {
            return false;
        }
        if (rules.contains(Furniture.CAPTIONS) && (Captions.isCaption(text) || PHOTO_OPENING.matcher(text).find()
                || PHOTO_ENDING.matcher(text).find())) {
            return true;
        }
        if (words > MAX_WORDS) {
            return rules.contains(Furniture.BYLINES) && CREDITS.matcher(text).find();
        }
        return rules.contains(Furniture.LINK_LISTS) && BARE_LINK.matcher(text).matches()
                || rules.contains(Furniture.RELATED) && RELATED.matcher(text).find()
                || rules.contains(Furniture.PROMPTS) && (PROMPT.matcher(text).find() || LONE.matcher(text).matches()
                        || words <= MAX_LINE_WORDS && PROMPT_WORDS.matcher(text).find())
                || rules.contains(Furniture.BYLINES) && byline(text, words, author);
    }

    private static boolean byline(String text, int words, String author) {
        if (CREDITS.matcher(text).find()) {
            return true;
        }
        if (words > MAX_LINE_WORDS) {
            return false;
        }
        if (author != null && words <= 8 && text.toLowerCase(Locale.ROOT).replaceFirst("^by\\s+", "")
                .matches(Pattern.quote(author.toLowerCase(Locale.ROOT)) + "(\\s*[,|/\u2013\u2014-].*)?")) {
            return true;
        }
        if (BY.matcher(text).find() && words <= 8 || STAMP.matcher(text).find()) {
            return true;
        }
        return CALENDAR.matcher(text).find() && DATE_WORDS.matcher(text).replaceAll("").isBlank();
    }
}
