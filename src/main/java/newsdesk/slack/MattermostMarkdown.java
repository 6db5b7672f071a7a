package newsdesk.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes article text (sentences, titles, outlets) show as the same text in a Mattermost post and do nothing else:
 * Markdown punctuation is backslash-escaped (no links, images, emphasis, code, headings, lists or quotes), bare URLs
 * are broken so Mattermost does not autolink them ({@code https:\/\/…}, {@code www\.…}), and every {@code @} is
 * followed by a zero-width space so {@code @all}, {@code @channel}, {@code @here} or {@code @user} notify nobody.
 */
final class MattermostMarkdown {

    /** CommonMark's backslash-escapable characters that start or end formatting in Mattermost. */
    private static final String SPECIAL = "\\`*_[]()#!|<>~";
    /** Block markers that only count at the start of a line: lists, quotes, setext headings, thematic breaks. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)([-+=]|\\d{1,9}(?=[.)]))");
    static final String ZERO_WIDTH_SPACE = "\u200B";

    private MattermostMarkdown() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '@') {
                out.append('@').append(ZERO_WIDTH_SPACE);
            } else {
                out.append(c);
            }
        }
        String escaped = out.toString().replace("://", ":\\/\\/").replaceAll("(?i)\\bwww\\.", "www\\\\.");
        Matcher line = LINE_START.matcher(escaped);
        StringBuilder blocks = new StringBuilder();
        while (line.find()) {
            String marker = line.group(2);
            String safe = Character.isDigit(marker.charAt(0)) ? marker + "\\" : "\\" + marker;
            line.appendReplacement(blocks, Matcher.quoteReplacement(line.group(1) + safe));
        }
        line.appendTail(blocks);
        return blocks.toString();
    }
}
