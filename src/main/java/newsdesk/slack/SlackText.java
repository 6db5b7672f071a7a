package newsdesk.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack's message markup back into what the person typed: {@code <@U1|kim>} → {@code @kim},
 * {@code <#C1|general>} → {@code #general}, {@code <!here>} → {@code @here}, {@code <url|label>} → label,
 * {@code <url>} → url, and {@code &amp;}, {@code &lt;}, {@code &gt;} unescaped; whitespace collapsed.
 */
final class SlackText {

    private static final Pattern MARKUP = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");

    private SlackText() {
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(plain, Matcher.quoteReplacement(readable(m.group(1), m.group(2))));
        }
        m.appendTail(plain);
        return plain.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    private static String readable(String target, String label) {
        if (target.startsWith("@") || target.startsWith("#")) {
            return label == null ? target : target.charAt(0) + label;
        }
        if (target.startsWith("!")) {
            return label == null ? "@" + target.substring(1) : label;
        }
        return label == null ? target : label;
    }
}
