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
        Set<String> seen = new LinkedHashSet<>();
        List<Coverage> closest = new ArrayList<>();
        for (Passage passage : evidence) {
            Article article = passage.article();
            if (closest.size() < MAX_CLOSEST && seen.add(article.id())) {
                closest.add(new Coverage(article.id(), article.title(), article.source(), article.publishedAt(),
                        article.url()));
            }
        }
        return new Answer(TEXT, true, List.of(), closest, answerer, Math.max(0, Math.min(1, confidence)), null,
                Map.of());
    }
}
