package newsdesk.eval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a good news-native answer must contain (pure; issue 17), judged on the answer's API JSON so that any system's
 * answers can be scored: a {@code latest} answer says as of when and names the story's newest article (quoted or as
 * newer coverage); a {@code timeline} has at least {@value #MIN_EVENTS} dated events from different articles, oldest
 * first, at least half of them from the story; a {@code coverage} answer has one line per outlet, at least two
 * outlets, the outlets the question names first and in its order.
 */
public final class NewsChecks {

    public static final int MIN_EVENTS = 3;
    public static final Set<String> KINDS = Set.of("latest", "timeline", "coverage");

    private NewsChecks() {
    }

    /** One news question: its kind, the story's article urls, its newest day, the outlets it names in order. */
    public record Spec(String id, String kind, String question, Set<String> articles, LocalDate newest,
                       List<String> outlets) {
    }

    /**
     * The verdict and the plain measures behind it, comparable across systems: whether the newest article is cited,
     * the dated story articles cited, the distinct outlets cited.
     */
    public record Verdict(boolean pass, String reason, boolean citesNewest, int storyArticles, int outlets) {
    }

    public static Spec spec(JsonNode line) {
        Set<String> articles = new LinkedHashSet<>();
        line.path("articles").forEach(a -> articles.add(a.asText()));
        List<String> outlets = new ArrayList<>();
        line.path("outlets").forEach(o -> outlets.add(o.asText()));
        LocalDate newest = line.hasNonNull("newest") ? LocalDate.parse(line.get("newest").asText()) : null;
        return new Spec(line.path("id").asText(), line.path("type").asText(), line.path("question").asText(),
                articles, newest, outlets);
    }

    public static Verdict check(Spec spec, JsonNode answer) {
        List<JsonNode> citations = new ArrayList<>();
        answer.path("citations").forEach(citations::add);
        boolean citesNewest = spec.newest() != null && citations.stream().anyMatch(c -> c.hasNonNull("publishedAt")
                && OffsetDateTime.parse(c.get("publishedAt").asText()).toLocalDate().equals(spec.newest())
                && spec.articles().contains(c.path("url").asText()));
        Set<String> story = new HashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (JsonNode c : citations) {
            if (spec.articles().contains(c.path("url").asText())) {
                story.add(c.path("url").asText());
            }
            if (c.hasNonNull("source")) {
                outlets.add(c.get("source").asText());
            }
        }
        Verdict measures = new Verdict(false, "", citesNewest, story.size(), outlets.size());
        if (answer.path("abstained").asBoolean(false)) {
            return verdict(false, "abstained", measures);
        }
        String text = answer.path("answer").asText();
        String format = answer.path("format").asText("quotes");
        return switch (spec.kind()) {
            case "latest" -> !text.startsWith("As of ") ? verdict(false, "does not say as of when", measures)
                    : verdict(citesNewest, citesNewest ? "" : "newest article " + spec.newest() + " not named",
                    measures);
            case "timeline" -> timeline(format, citations, spec, measures);
            case "coverage" -> coverage(format, citations, spec, measures);
            default -> throw new IllegalArgumentException("not a news question: " + spec.kind());
        };
    }

    private static Verdict timeline(String format, List<JsonNode> citations, Spec spec, Verdict measures) {
        if (!format.equals("timeline")) {
            return verdict(false, "not a timeline", measures);
        }
        List<OffsetDateTime> dates = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        int fromStory = 0;
        for (JsonNode c : citations) {
            dates.add(OffsetDateTime.parse(c.get("publishedAt").asText()));
            articles.add(c.path("articleId").asText());
            fromStory += spec.articles().contains(c.path("url").asText()) ? 1 : 0;
        }
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                return verdict(false, "not oldest first", measures);
            }
        }
        if (articles.size() < MIN_EVENTS || articles.size() != citations.size()) {
            return verdict(false, articles.size() + " events from different articles", measures);
        }
        return verdict(2 * fromStory >= citations.size(), fromStory + " of " + citations.size() + " from the story",
                measures);
    }

    private static Verdict coverage(String format, List<JsonNode> citations, Spec spec, Verdict measures) {
        if (!format.equals("outlets")) {
            return verdict(false, "not grouped by outlet", measures);
        }
        List<String> order = citations.stream().map(c -> c.path("source").asText()).toList();
        if (new HashSet<>(order).size() != order.size() || order.size() < 2) {
            return verdict(false, "outlets " + order, measures);
        }
        for (int i = 0; i < spec.outlets().size(); i++) {
            if (i >= order.size() || !order.get(i).equalsIgnoreCase(spec.outlets().get(i))) {
                return verdict(false, "named outlets not first: " + order, measures);
            }
        }
        return verdict(true, "", measures);
    }

    private static Verdict verdict(boolean pass, String reason, Verdict measures) {
        return new Verdict(pass, reason, measures.citesNewest(), measures.storyArticles(), measures.outlets());
    }
}
