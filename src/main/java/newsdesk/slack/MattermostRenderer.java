package newsdesk.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerLead;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;
import newsdesk.slack.SlackSettings.ResponseType;

/**
 * Renders an {@link Answer} as a Mattermost slash-command response: Markdown {@code text} (the direct answer, when
 * there is one, as a bold first line) whose {@code [n]} markers
 * link to their sources, and one attachment listing the sources (or, for an abstention, the closest coverage) as
 * {@code [n] [title](url) — outlet, date}. Mattermost (server 5.0+) caps a post at 16,383 characters.
 */
public final class MattermostRenderer {

    /** Mattermost server 5.0+: "Posts size is limited to 16383 characters". */
    public static final int MAX_POST_CHARS = 16383;
    static final int MAX_TEXT_CHARS = 12000;
    static final String COLOR = "#1f6feb";

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    public ObjectNode render(Answer answer, ResponseType type) {
        AnswerLead lead = AnswerLead.of(answer);
        String quotes = answer.text().isBlank() && answer.abstained() ? SlackRenderer.ABSTAINED : lead.quotes();
        Map<Integer, Citation> sources = SlackRenderer.byNumber(answer.citations());
        List<String> lines = new ArrayList<>();
        if (answer.abstained()) {
            answer.closest().forEach(c -> lines.add(coverageLine(c)));
        } else {
            sources.values().forEach(c -> lines.add("[" + c.n() + "] " + field(c) + link(c.url(), c.title())
                    + suffix(SlackRenderer.meta(c.source(), c.publishedAt()))));
        }
        String text = withMarkers(truncate(quotes), sources);
        if (lead.direct() != null) {
            String bold = "**" + withMarkers(lead.direct().replace("*", ""), sources) + "**";
            text = lead.quotes().isBlank() ? bold : bold + "\n\n" + text;
        }
        ObjectNode message = notice(text, type);
        if (!lines.isEmpty()) {
            String list = truncate(String.join("\n", lines));
            message.putArray("attachments").addObject()
                    .put("fallback", answer.abstained() ? "Closest coverage" : "Sources")
                    .put("color", COLOR)
                    .put("title", answer.abstained() ? "Closest coverage" : "Sources")
                    .put("text", list);
        }
        return message;
    }

    /** A short text response of our own. */
    public ObjectNode notice(String text, ResponseType type) {
        return JsonNodeFactory.instance.objectNode().put("response_type", type.wire()).put("text", text);
    }

    private static String coverageLine(Coverage c) {
        return "- " + link(c.url(), c.title()) + suffix(SlackRenderer.meta(c.source(), c.publishedAt()));
    }

    private static String field(Citation c) {
        String field = AnswerLead.fieldLabel(c);
        return field == null ? "" : field + " — ";
    }

    private static String link(String url, String title) {
        String label = title.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        String href = markdownUrl(url);
        return href == null ? "**" + label + "**" : "[" + label + "](" + href + ")";
    }

    private static String markdownUrl(String url) {
        String safe = SlackRenderer.linkableUrl(url);
        return safe == null ? null : safe.replace("&amp;", "&").replace("(", "%28").replace(")", "%29");
    }

    private static String suffix(String meta) {
        return meta == null ? "" : " — " + meta;
    }

    private static String withMarkers(String raw, Map<Integer, Citation> sources) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            Citation c = sources.get(Integer.parseInt(m.group(1)));
            String href = c == null ? null : markdownUrl(c.url());
            String replacement = href == null ? m.group() : "[" + m.group() + "](" + href + ")";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.length() > MAX_POST_CHARS - 1000 ? truncate(raw) : out.toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS).stripTrailing() + " …";
    }
}
