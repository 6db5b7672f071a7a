package newsdesk.slack;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerLead;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;

/**
 * Renders an {@link Answer} as a Slack message: the direct answer (when there is one) as a bold first section, the
 * text as mrkdwn sections ({@code &}, {@code <}, {@code >}
 * escaped, each {@code [n]} marker kept and linked to its source), then context blocks listing the sources as
 * {@code [n] <url|title> — outlet, date} (a metadata citation as {@code [n] Author: Dasl Yoon — <url|title> — …});
 * an abstention lists the closest coverage instead. Stays within Block Kit's
 * limits (3,000 characters per text object, 50 blocks per message, 10 elements per context block) and always sets
 * the plain {@code text} fallback that notifications show.
 */
public final class SlackRenderer {

    /** Block Kit: "Maximum length for the text in this field is 3000 characters". */
    public static final int MAX_TEXT_CHARS = 3000;
    /** Block Kit: a message holds at most 50 blocks. */
    public static final int MAX_BLOCKS = 50;
    /** Block Kit: a context block holds at most 10 elements. */
    public static final int MAX_CONTEXT_ELEMENTS = 10;
    static final int MAX_SOURCE_BLOCKS = 5;
    static final int MAX_TITLE_CHARS = 200;
    static final int MAX_URL_CHARS = 1000;
    static final String ABSTAINED = "The articles I have don't answer that.";
    static final String CLOSEST = "*Closest coverage:*";

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final int RAW_WORD_CHARS = 100;
    private static final int MAX_LINKED_CHARS = 2400;
    private static final String ELLIPSIS = " …";

    /** A full message: {@code text} fallback plus {@code blocks}. */
    public ObjectNode render(Answer answer) {
        AnswerLead lead = AnswerLead.of(answer);
        String quotes = answer.text().isBlank() && answer.abstained() ? ABSTAINED : lead.quotes().replace("**", "*");
        String raw = lead.direct() == null ? quotes
                : quotes.isBlank() ? lead.direct() : lead.direct() + "\n\n" + quotes;
        Map<Integer, Citation> sources = byNumber(answer.citations());
        List<String> lines = new ArrayList<>();
        if (answer.abstained()) {
            lines.add(answer.closest().isEmpty() ? CLOSEST + " none found." : CLOSEST);
            answer.closest().forEach(c -> lines.add(coverageLine(c)));
        } else {
            sources.values().forEach(c -> lines.add(citationLine(c)));
        }
        List<List<String>> contexts = chunks(lines, MAX_CONTEXT_ELEMENTS, MAX_SOURCE_BLOCKS);
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("text", raw.isBlank() ? "(no answer)" : escapeWithin(raw, MAX_TEXT_CHARS));
        ArrayNode blocks = message.putArray("blocks");
        List<String> sections = new ArrayList<>();
        if (lead.direct() != null) {
            sections.add("*" + String.join("", words(lead.direct().replace("*", ""), sources)) + "*");
        }
        sections.addAll(sections(words(quotes, sources), MAX_BLOCKS - contexts.size() - sections.size()));
        for (String section : sections) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", section);
        }
        for (List<String> context : contexts) {
            ArrayNode elements = blocks.addObject().put("type", "context").putArray("elements");
            context.forEach(line -> elements.addObject().put("type", "mrkdwn").put("text", line));
        }
        return message;
    }

    /** A short message of our own (usage, progress, refusal): one section, everything escaped. */
    public ObjectNode notice(String text) {
        String safe = escapeWithin(text, MAX_TEXT_CHARS);
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("text", safe);
        message.putArray("blocks").addObject().put("type", "section")
                .putObject("text").put("type", "mrkdwn").put("text", safe);
        return message;
    }

    /** Slack's three control characters, escaped as its formatting guide asks. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Map<Integer, Citation> byNumber(List<Citation> citations) {
        Map<Integer, Citation> byN = new TreeMap<>();
        citations.forEach(c -> byN.putIfAbsent(c.n(), c));
        return byN;
    }

    /** "outlet, 2025-08-28" with whatever of the two is known. */
    static String meta(String source, OffsetDateTime published) {
        String date = published == null ? null : published.toLocalDate().toString();
        if (source == null) {
            return date;
        }
        return date == null ? source : source + ", " + date;
    }

    /** An http(s) URL that is safe inside {@code <url|label>}, or {@code null}. */
    static String linkableUrl(String url) {
        if (url == null || url.length() > MAX_URL_CHARS) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://") || lower.chars().anyMatch(c -> c < 0x20)) {
            return null;
        }
        return url.strip().replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
                .replace(" ", "%20");
    }

    private static String citationLine(Citation c) {
        String field = AnswerLead.fieldLabel(c);
        return "[" + c.n() + "] " + (field == null ? "" : escape(field) + " — ") + titled(c.url(), c.title())
                + suffix(meta(c.source(), c.publishedAt()));
    }

    private static String coverageLine(Coverage c) {
        return titled(c.url(), c.title()) + suffix(meta(c.source(), c.publishedAt()));
    }

    private static String titled(String url, String title) {
        String shortTitle = title.length() > MAX_TITLE_CHARS ? title.substring(0, MAX_TITLE_CHARS) + "…" : title;
        String link = linkableUrl(url);
        return link == null ? "*" + escape(shortTitle) + "*" : "<" + link + "|" + escape(shortTitle) + ">";
    }

    private static String suffix(String meta) {
        return meta == null ? "" : " — " + escape(meta);
    }

    /** The text as rendered words (each with its trailing whitespace), markers linked to their sources. */
    private static List<String> words(String raw, Map<Integer, Citation> sources) {
        List<String> words = new ArrayList<>();
        for (String word : raw.split("(?<=\\s)(?=\\S)")) {
            for (int i = 0; i < word.length(); i += RAW_WORD_CHARS) {
                words.add(withMarkers(word.substring(i, Math.min(word.length(), i + RAW_WORD_CHARS)), sources));
            }
        }
        return words;
    }

    private static String withMarkers(String raw, Map<Integer, Citation> sources) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(raw);
        int last = 0;
        while (m.find()) {
            out.append(escape(raw.substring(last, m.start())));
            Citation c = sources.get(Integer.parseInt(m.group(1)));
            String link = c == null ? null : linkableUrl(c.url());
            boolean fits = link != null && out.length() + link.length() < MAX_LINKED_CHARS;
            out.append(fits ? "<" + link + "|" + m.group() + ">" : m.group());
            last = m.end();
        }
        return out.append(escape(raw.substring(last))).toString();
    }

    /** Packs words into at most {@code maxSections} texts of at most {@link #MAX_TEXT_CHARS}; marks a cut with …. */
    static List<String> sections(List<String> words, int maxSections) {
        int limit = MAX_TEXT_CHARS - ELLIPSIS.length();
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            if (current.length() > 0 && current.length() + word.length() > limit) {
                if (sections.size() + 1 == maxSections) {
                    sections.add(current.toString().stripTrailing() + ELLIPSIS);
                    return sections;
                }
                sections.add(current.toString().stripTrailing());
                current.setLength(0);
            }
            current.append(word);
        }
        if (!current.toString().isBlank()) {
            sections.add(current.toString().stripTrailing());
        }
        return sections;
    }

    private static List<List<String>> chunks(List<String> lines, int size, int maxChunks) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < lines.size() && chunks.size() < maxChunks; i += size) {
            chunks.add(lines.subList(i, Math.min(lines.size(), i + size)));
        }
        return chunks;
    }

    /** Escapes the longest prefix of {@code raw} that fits in {@code max} characters, with … when cut. */
    static String escapeWithin(String raw, int max) {
        String all = escape(raw);
        if (all.length() <= max) {
            return all;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            String piece = escape(String.valueOf(raw.charAt(i)));
            if (out.length() + piece.length() > max - ELLIPSIS.length()) {
                break;
            }
            out.append(piece);
        }
        return out.toString().stripTrailing() + ELLIPSIS;
    }
}
