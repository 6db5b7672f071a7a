package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;

import newsdesk.article.Article;
import newsdesk.index.Corpus;

/**
 * Outlet- and date-aware retrieval: when a question names outlets of the corpus ("as reported by The Verge", "the
 * TechCrunch article"), the best chunks of those outlets are ranked ahead of other outlets' chunks, taking turns
 * between the outlets named so that a question about two outlets sees both early; when it names days ("published
 * on October 7, 2023"), the best chunks of articles published on those days (by those outlets, if named) get the
 * boost once more.
 *
 * <p>The inner retriever runs twice: once as asked and once restricted to the outlets named (within the caller's
 * own filters). A named outlet's chunk scores its restricted score plus {@link #DEFAULT_BOOST}; any other chunk
 * keeps its score. Outlet names are matched on word boundaries, case-insensitively, with punctuation ignored
 * ({@code CBSSports.com}, {@code FOX News - Health}), or by a short form of the name ("the NYT", "CBS Sports",
 * {@link MentionVocabulary#named}). A question naming no outlet is passed through unchanged.
 * The boost was fitted on the development split of the news benchmark (see docs/benchmarks.md).
 */
public final class MentionBoostRetriever implements Retriever {

    public static final double DEFAULT_BOOST = 0.5;


    private final Retriever inner;
    private final double boost;
    private volatile Names names = new Names(-1, MentionVocabulary.EMPTY);

    public MentionBoostRetriever(Retriever inner, double boost) {
        if (boost < 0) {
            throw new IllegalArgumentException("boost must be >= 0");
        }
        this.inner = inner;
        this.boost = boost;
    }

    @Override
    public List<Hit> retrieve(Corpus corpus, Question query, int k, Filters filters) {
        if (boost == 0) {
            return inner.retrieve(corpus, query, k, filters);
        }
        MentionVocabulary vocabulary = lookup(corpus).vocabulary();
        return rank(restriction -> inner.retrieve(corpus, query, k, restriction), row -> sourceOf(corpus, row),
                vocabulary.outlets(query.text(), filters), vocabulary.days(query.text(), filters), filters, k, boost);
    }

    /**
     * The outlet- and day-aware ranking over any store (the Solr store runs it too): {@code search} ranks the best
     * chunks passing a filter, {@code sourceOf} gives a ranked row's lower-cased outlet, {@code outlets} and {@code
     * days} are what the question names ({@link MentionVocabulary#outlets}, {@link MentionVocabulary#days}). With nothing named
     * it is {@code search(filters)} unchanged.
     */
    public static List<Hit> rank(Function<Filters, List<Hit>> search, IntFunction<String> sourceOf,
                                 Set<String> outlets, List<LocalDate> days, Filters filters, int k, double boost) {
        if (boost == 0 || (outlets.isEmpty() && days.isEmpty())) {
            return search.apply(filters);
        }
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (Hit hit : search.apply(filters)) {
            scores.put(hit.row(), hit.score());
        }
        if (!outlets.isEmpty()) {
            List<Hit> restricted = search.apply(new Filters(outlets, filters.from(), filters.to()));
            for (Hit hit : interleaved(sourceOf, restricted)) {
                scores.put(hit.row(), hit.score() + boost);
            }
        }
        Set<String> dayOutlets = outlets.isEmpty() ? filters.sources() : outlets;
        double outletBoost = outlets.isEmpty() ? 0 : boost;
        for (LocalDate day : days) {
            for (Hit hit : search.apply(new Filters(dayOutlets, day, day))) {
                scores.merge(hit.row(), hit.score() + outletBoost + boost, Math::max);
            }
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
    private static List<Hit> interleaved(IntFunction<String> sourceOf, List<Hit> restricted) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<int[]> turns = new ArrayList<>();
        for (int i = 0; i < restricted.size(); i++) {
            String source = sourceOf.apply(restricted.get(i).row());
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

    /** Days named in {@code query} within the caller's date filter ({@link MentionVocabulary#days}). */
    List<LocalDate> days(Corpus corpus, String query, Filters filters) {
        return lookup(corpus).vocabulary().days(query, filters);
    }

    /** The corpus outlets (lower-cased, as {@link Filters} holds them) named in {@code query}. */
    Set<String> named(Corpus corpus, String query) {
        return lookup(corpus).vocabulary().named(query);
    }

    private Names lookup(Corpus corpus) {
        Names current = names;
        if (current.version != corpus.version()) {
            List<String> sources = new ArrayList<>();
            Set<Integer> years = new TreeSet<>();
            for (Article article : corpus.articles()) {
                sources.add(article.source());
                if (article.publishedAt() != null) {
                    years.add(article.publishedAt().getYear());
                }
            }
            current = new Names(corpus.version(), MentionVocabulary.of(sources, years));
            names = current;
        }
        return current;
    }

    private record Names(long version, MentionVocabulary vocabulary) {
    }
}
