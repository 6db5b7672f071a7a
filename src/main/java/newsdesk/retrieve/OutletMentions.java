package newsdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import newsdesk.article.Article;
import newsdesk.index.Corpus;

/**
 * Outlet-aware retrieval: when a question names outlets of the corpus ("as reported by The Verge", "the TechCrunch
 * article"), the best chunks of those outlets are ranked ahead of other outlets' chunks, taking turns between the
 * outlets named so that a question about two outlets sees both early.
 *
 * <p>The inner retriever runs twice: once as asked and once restricted to the outlets named (within the caller's
 * own filters). A named outlet's chunk scores its restricted score plus {@link #DEFAULT_BOOST}; any other chunk
 * keeps its score. Outlet names are matched on word boundaries, case-insensitively, with punctuation ignored
 * ({@code CBSSports.com}, {@code FOX News - Health}). A question naming no outlet is passed through unchanged.
 * The boost was fitted on the development split of the news benchmark (see docs/benchmarks.md).
 */
public final class OutletMentions implements Retriever {

    public static final double DEFAULT_BOOST = 0.5;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Retriever inner;
    private final double boost;
    private volatile Names names = new Names(-1, Map.of());

    public OutletMentions(Retriever inner, double boost) {
        if (boost < 0) {
            throw new IllegalArgumentException("boost must be >= 0");
        }
        this.inner = inner;
        this.boost = boost;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, String query, int k, Filters filters) {
        Set<String> named = named(corpus, query);
        Set<String> allowed = new LinkedHashSet<>(named);
        if (!filters.sources().isEmpty()) {
            allowed.retainAll(filters.sources());
        }
        if (allowed.isEmpty() || boost == 0) {
            return inner.retrieve(corpus, query, k, filters);
        }
        List<Hit> general = inner.retrieve(corpus, query, k, filters);
        List<Hit> restricted = inner.retrieve(corpus, query, k, new Filters(allowed, filters.from(), filters.to()));
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (Hit hit : general) {
            scores.put(hit.row(), hit.score());
        }
        for (Hit hit : interleaved(corpus, restricted)) {
            scores.put(hit.row(), hit.score() + boost);
        }
        List<Hit> merged = new ArrayList<>(scores.size());
        scores.forEach((row, score) -> merged.add(new Hit(row, score)));
        merged.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::row));
        return merged.subList(0, Math.min(k, merged.size()));
    }

    /**
     * The restricted ranking re-scored so that outlets take turns: the i-th best chunk of each outlet keeps its
     * score only if no outlet's (i-1)-th best chunk scores lower, so the named outlets' leaders come first.
     */
    private static List<Hit> interleaved(Corpus corpus, List<Hit> restricted) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<int[]> turns = new ArrayList<>();
        for (int i = 0; i < restricted.size(); i++) {
            String source = sourceOf(corpus, restricted.get(i).row());
            int turn = seen.merge(source, 1, Integer::sum) - 1;
            turns.add(new int[] {turn, i});
        }
        turns.sort(Comparator.<int[]>comparingInt(t -> t[0]).thenComparingInt(t -> t[1]));
        // Scores strictly decreasing along the new order, each no higher than its original score.
        List<Hit> out = new ArrayList<>(turns.size());
        double ceiling = Double.POSITIVE_INFINITY;
        for (int[] turn : turns) {
            Hit hit = restricted.get(turn[1]);
            double score = Math.min(hit.score(), Math.nextDown(ceiling));
            out.add(new Hit(hit.row(), score));
            ceiling = score;
        }
        return out;
    }

    private static String sourceOf(Corpus corpus, int row) {
        String source = corpus.articleOf(corpus.chunk(row)).source();
        return source == null ? "" : source.toLowerCase(Locale.ROOT);
    }

    /** The corpus outlets (lower-cased, as {@link Filters} holds them) named in {@code query}. */
    Set<String> named(Corpus corpus, String query) {
        Names current = names;
        if (current.version != corpus.version()) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (Article article : corpus.articles()) {
                if (article.source() != null && !article.source().isBlank()) {
                    String normalised = normalise(article.source());
                    if (normalised.strip().length() >= 3) {
                        byName.putIfAbsent(normalised, article.source().strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            current = new Names(corpus.version(), byName);
            names = current;
        }
        String text = normalise(query);
        Set<String> named = new LinkedHashSet<>();
        current.byName.forEach((name, source) -> {
            if (text.contains(name)) {
                named.add(source);
            }
        });
        return named;
    }

    /** Lower case, every run of non-letters and non-digits one space, padded with a space on both sides. */
    static String normalise(String text) {
        return " " + NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }

    private record Names(long version, Map<String, String> byName) {
    }
}
