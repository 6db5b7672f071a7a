package newsdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/** Builds the answer given when the articles don't answer: a plain statement and the closest articles. */
public final class Abstention {

    public static final String TEXT = "The articles don't say. None of the indexed articles answers this question.";
    static final int MAX_CLOSEST = 3;

    private Abstention() {
    }

    public static Answer of(List<Passage> evidence, double confidence, String answerer) {
        return of(evidence, confidence, answerer, TEXT);
    }

    /** The abstention for a question naming things no article mentions, quoting them (at most three). */
    static Answer unknownNames(List<Passage> evidence, List<String> names, String answerer) {
        List<String> quoted = names.subList(0, Math.min(3, names.size())).stream().map(n -> "“" + n + "”").toList();
        String list = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return of(evidence, 0, answerer, "The articles don't say. None of the indexed articles mentions " + list
                + ".");
    }

    private static Answer of(List<Passage> evidence, double confidence, String answerer, String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<Coverage> closest = new ArrayList<>();
        for (Passage passage : evidence) {
            Article article = passage.article();
            if (closest.size() < MAX_CLOSEST && seen.add(article.id())) {
                closest.add(new Coverage(article.id(), article.title(), article.source(), article.publishedAt(),
                        article.url()));
            }
        }
        return new Answer(text, true, List.of(), closest, answerer, Math.max(0, Math.min(1, confidence)), null,
                Map.of());
    }
}
