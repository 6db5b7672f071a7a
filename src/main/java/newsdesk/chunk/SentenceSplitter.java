package newsdesk.chunk;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an article body into sentences, as spans over the original text (so citations can quote them verbatim).
 *
 * <p>Paragraph breaks (a blank line) always end a sentence; inside a paragraph the JDK's English
 * {@link BreakIterator} decides, and a break is undone when the next piece starts with a lower-case letter or a
 * digit (abbreviations such as "U.S. officials" or "No. 3"). Leading and trailing whitespace is never part of a span.
 */
public final class SentenceSplitter {

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            splitParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private static void splitParagraph(String text, int from, int to, List<Span> out) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String paragraph = text.substring(from, to);
        breaks.setText(paragraph);
        int pendingStart = -1;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (pendingStart < 0) {
                pendingStart = start;
            }
            if (end < paragraph.length() && continuesSentence(paragraph, end)) {
                continue;
            }
            addTrimmed(text, from + pendingStart, from + end, out);
            pendingStart = -1;
        }
        if (pendingStart >= 0) {
            addTrimmed(text, from + pendingStart, to, out);
        }
    }

    private static boolean continuesSentence(String paragraph, int at) {
        int i = at;
        while (i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i))) {
            i++;
        }
        if (i >= paragraph.length()) {
            return false;
        }
        if (at > 0 && !Character.isWhitespace(paragraph.charAt(at - 1))) {
            return true;
        }
        char next = paragraph.charAt(i);
        return Character.isLowerCase(next) || Character.isDigit(next) && !endsWithTerminal(paragraph, at);
    }

    private static boolean endsWithTerminal(String paragraph, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(paragraph.charAt(i))) {
            i--;
        }
        return i >= 0 && (paragraph.charAt(i) == '?' || paragraph.charAt(i) == '!');
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
