package newsdesk.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerLead;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;
import newsdesk.retrieve.Passage;

/**
 * Renders answers and passages as plain text for the terminal: the direct answer on the first line (when there is
 * one), a blank line, the quotes, then {@code [1][2] Title — WSJ, 28 Aug 2025} lines (one per cited article, with
 * the markers that point into it; a metadata citation reads
 * {@code [1] Author: Dasl Yoon — Title — WSJ, 28 Aug 2025}), closest coverage under an abstention.
 */
public final class TextRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String answer(Answer answer) {
        AnswerLead lead = AnswerLead.of(answer);
        StringBuilder out = new StringBuilder();
        if (lead.direct() != null) {
            out.append(lead.direct()).append(lead.quotes().isBlank() ? "\n" : "\n\n");
        }
        out.append(lead.quotes()).append(lead.quotes().isBlank() ? "" : "\n");
        if (answer.abstained()) {
            if (!answer.closest().isEmpty()) {
                out.append("\nClosest coverage:\n");
                for (Coverage c : answer.closest()) {
                    out.append("  - ").append(source(c.title(), c.source(), c.publishedAt())).append("\n");
                }
            }
            return out.toString();
        }
        out.append("\n");
        // One line per cited article, with every marker that points into it: [1][3] Title — WSJ, 28 Aug 2025
        Map<String, StringBuilder> markers = new LinkedHashMap<>();
        Map<String, Citation> articles = new LinkedHashMap<>();
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        for (Citation c : answer.citations()) {
            markers.computeIfAbsent(c.articleId(), id -> new StringBuilder()).append("[").append(c.n()).append("]");
            articles.putIfAbsent(c.articleId(), c);
            String field = AnswerLead.fieldLabel(c);
            if (field != null) {
                fields.computeIfAbsent(c.articleId(), id -> new StringBuilder()).append(field).append(" — ");
            }
        }
        for (Citation c : articles.values()) {
            out.append(markers.get(c.articleId())).append(" ").append(fields.getOrDefault(c.articleId(),
                    new StringBuilder())).append(source(c.title(), c.source(), c.publishedAt()));
            if (c.url() != null) {
                out.append(" <").append(c.url()).append(">");
            }
            out.append("\n");
        }
        return out.toString();
    }

    public String passages(List<Passage> passages) {
        if (passages.isEmpty()) {
            return "No passages match.\n";
        }
        StringBuilder out = new StringBuilder();
        for (Passage p : passages) {
            out.append(String.format(Locale.ROOT, "%d. (%.3f) %s%n", p.rank(), p.score(),
                    source(p.article().title(), p.article().source(), p.article().publishedAt())));
            out.append("   ").append(p.text().replace("\n\n", "\n   ")).append("\n\n");
        }
        return out.toString();
    }

    static String source(String title, String outlet, OffsetDateTime publishedAt) {
        StringBuilder s = new StringBuilder(title);
        if (outlet != null || publishedAt != null) {
            s.append(" —");
            if (outlet != null) {
                s.append(' ').append(outlet);
            }
            if (publishedAt != null) {
                s.append(outlet != null ? ", " : " ").append(DAY.format(publishedAt));
            }
        }
        return s.toString();
    }
}
