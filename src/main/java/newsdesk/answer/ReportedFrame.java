package newsdesk.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.OutletAliases;
import newsdesk.retrieve.Passage;

/**
 * "What did the WSJ report about the parade?" and "What does the article say about the parade?" (or "What did
 * the WSJ's reporters write on …") ask what the read
 * articles say about the parade: the outlet and the reporting verb are how the reader refers to the articles, not
 * words a sentence must hold. When the one who reports is a read passage's outlet ({@link OutletAliases}) or the
 * articles themselves, the question's content is its topic ("the parade"); otherwise ("What did Nike report about
 * its revenue?", "What did the BBC say about …" with no BBC article read) it is left as it is. A pure function.
 */
final class ReportedFrame {

    private static final Pattern FRAME = Pattern.compile("(?i)^\\s*what\\s+(?:did|does|do|has|have)\\s+(?:the\\s+)?"
            + "(.{1,60}?)\\s+(?:report(?:ed)?|say|said|write|wrote|written|tell\\s+us|told\\s+us|publish(?:ed)?"
            + "|cover(?:ed)?|run)\\s+(?:about|on|regarding|concerning)\\s+(.+)$");
    private static final Pattern ARTICLES = Pattern.compile("(?i)(?:articles?|stor(?:y|ies)|pieces?|reports?"
            + "|coverage|news|press|papers?|newspapers?|reporters?|journalists?)");
    private static final Pattern PIECE = Pattern.compile("(?i)(?:['’]s?)?\\s+(?:articles?|stor(?:y|ies)|pieces?"
            + "|reports?|coverage|reporters?)$");

    private ReportedFrame() {
    }

    /** Who the question says reported ("WSJ" in "What did the WSJ's reporters write about …?"), if it has the frame. */
    static Optional<String> reporter(String question) {
        Matcher m = FRAME.matcher(question);
        return m.matches() ? Optional.of(named(m.group(1))) : Optional.empty();
    }

    /** The content to score sentences by: the topic of a "what did the outlet report about …" question, or it. */
    static String topic(String content, List<Passage> evidence) {
        Matcher m = FRAME.matcher(content);
        if (!m.matches()) {
            return content;
        }
        String reporter = m.group(1).strip();
        String named = named(reporter);
        boolean articles = ARTICLES.matcher(reporter).matches();
        boolean outlet = evidence.stream().map(p -> p.article().source()).filter(Objects::nonNull)
                .anyMatch(source -> OutletAliases.same(named, source));
        return articles || outlet ? m.group(2) : content;
    }

    /** The outlet a reporter names: "WSJ" for "WSJ's reporters" or "WSJ article". */
    private static String named(String reporter) {
        return PIECE.matcher(reporter.strip()).replaceFirst("");
    }
}
