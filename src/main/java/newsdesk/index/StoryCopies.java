package newsdesk.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import newsdesk.article.Article;

/**
 * The copies of each story in a {@link Corpus} view: articles whose bodies are near-identical ({@link MinHash} at
 * or above the threshold), such as one agency story syndicated by several outlets. Computed once per corpus
 * version, when first asked after a change; an article's signature is kept until its body changes, so a new
 * version costs the signatures of the new articles and one banded comparison. Thread-safe.
 */
public final class StoryCopies {

    private final double threshold;
    private final Map<String, Signed> signatures = new ConcurrentHashMap<>();
    private volatile Groups last;

    public StoryCopies(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    /** The other articles carrying the same story as {@code articleId}, in corpus order (empty when none). */
    public List<Article> of(Corpus corpus, String articleId) {
        return groups(corpus).getOrDefault(articleId, List.of()).stream()
                .map(id -> corpus.article(id).orElse(null)).filter(a -> a != null).toList();
    }

    /** For every article that has copies, their ids; articles without copies are absent. */
    public Map<String, List<String>> groups(Corpus corpus) {
        Groups groups = last;
        if (groups != null && groups.version() == corpus.version()) {
            return groups.copies();
        }
        synchronized (this) {
            groups = last;
            if (groups == null || groups.version() != corpus.version()) {
                groups = new Groups(corpus.version(), compute(corpus));
                last = groups;
            }
            return groups.copies();
        }
    }

    private Map<String, List<String>> compute(Corpus corpus) {
        Map<String, long[]> current = new LinkedHashMap<>();
        for (Article article : corpus.articles()) {
            Signed signed = signatures.get(article.id());
            if (signed == null || !signed.body().equals(article.body())) {
                signed = new Signed(article.body(), MinHash.signature(article.body()));
                signatures.put(article.id(), signed);
            }
            current.put(article.id(), signed.signature());
        }
        signatures.keySet().retainAll(current.keySet());
        return Map.copyOf(MinHash.groups(current, threshold));
    }

    private record Signed(String body, long[] signature) {
    }

    private record Groups(long version, Map<String, List<String>> copies) {
    }
}
