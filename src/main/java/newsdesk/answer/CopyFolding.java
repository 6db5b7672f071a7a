package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * Cites each story once: before answering, drops the passages of articles that are copies of a better-ranked
 * passage's article (so copies do not take the answerer's reading slots); after, lists each cited article's copies
 * on its citation and says which other outlets carried the story in one extra line,
 * {@code Also reported by Fortune and Yahoo News [1].}
 */
final class CopyFolding {

    private final Function<String, List<Article>> copies;

    /** {@code copies} gives the other articles carrying an article's story (see {@code ArticleStore.copies}). */
    CopyFolding(Function<String, List<Article>> copies) {
        this.copies = copies;
    }

    /** The evidence without passages of copies of a better-ranked passage's article, ranked again from 1. */
    List<Passage> distinct(List<Passage> evidence) {
        Set<String> kept = new HashSet<>();
        Set<String> shadowed = new HashSet<>();
        List<Passage> out = new ArrayList<>();
        for (Passage p : evidence) {
            String id = p.article().id();
            if (shadowed.contains(id) && !kept.contains(id)) {
                continue;
            }
            if (kept.add(id)) {
                copies.apply(id).forEach(copy -> shadowed.add(copy.id()));
            }
            out.add(new Passage(out.size() + 1, p.score(), p.article(), p.chunkId(), p.text(), p.start(), p.end(),
                    p.similarity()));
        }
        return out;
    }

    /** The citations with their copies filled in (citations of articles without copies are returned as they are). */
    List<Citation> withCopies(List<Citation> citations) {
        List<Citation> out = new ArrayList<>();
        for (Citation c : citations) {
            List<Copy> others = copies.apply(c.articleId()).stream().map(a -> new Copy(a.id(), a.title(), a.source(),
                    a.publishedAt(), a.url())).toList();
            out.add(others.isEmpty() ? c : c.withCopies(others));
        }
        return out;
    }

    /**
     * The lines {@code Also reported by A and B [n].} for the citations whose copies come from other outlets, one per
     * story, each starting with a blank line; empty when there is none.
     */
    static String alsoReported(List<Citation> citations) {
        StringBuilder text = new StringBuilder();
        Set<String> stories = new HashSet<>();
        for (Citation c : citations) {
            if (!stories.add(c.articleId())) {
                continue;
            }
            Set<String> outlets = new LinkedHashSet<>();
            for (Copy copy : c.copies()) {
                if (copy.source() != null && !copy.source().equalsIgnoreCase(Objects.toString(c.source(), ""))) {
                    outlets.add(copy.source());
                }
            }
            if (!outlets.isEmpty()) {
                text.append("\n\nAlso reported by ").append(list(new ArrayList<>(outlets))).append(" [").append(c.n())
                        .append("].");
            }
        }
        return text.toString();
    }

    static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
