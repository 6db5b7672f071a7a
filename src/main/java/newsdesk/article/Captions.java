package newsdesk.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Photo captions pasted into article text ("FILE PHOTO: Soldiers … in Beijing, China, August 20, 2025(REUTERS)").
 * A caption describes a picture the reader does not see, often from another day (its date is the photo's), so it is
 * not the article's reporting and must not be quoted as an answer. Recognised narrowly: a paragraph that opens with
 * "FILE PHOTO:" or "PHOTO:", or that ends with a wire photo credit in parentheses, and is at most
 * {@value #MAX_WORDS} words long.
 */
final class Captions {

    static final int MAX_WORDS = 80;

    private static final Pattern OPENING = Pattern.compile("^(FILE PHOTO|PHOTO)\\s*:");
    private static final Pattern CREDIT = Pattern.compile(
            "\\((REUTERS|Reuters|AP Photo[^()]*|AFP[^()]*|Getty Images|EPA[^()]*)\\)$");

    private Captions() {
    }

    static boolean isCaption(String paragraph) {
        String text = paragraph.strip();
        if (text.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        return OPENING.matcher(text).find() || CREDIT.matcher(text).find();
    }

    /** The paragraphs without the captions among them. */
    static List<String> drop(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> !isCaption(p)).toList();
    }
}
