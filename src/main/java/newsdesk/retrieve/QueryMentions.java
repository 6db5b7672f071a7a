package newsdesk.retrieve;

import newsdesk.article.Filters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * ({@code CBSSports.com}, {@code FOX News - Health}). A question naming no outlet is passed through unchanged.
 * The boost was fitted on the development split of the news benchmark (see docs/benchmarks.md).
 */
public final class QueryMentions implements Retriever {

    public static final double DEFAULT_BOOST = 0.5;

    /** Days named in a query are looked up at most this many at a time. */
    static final int MAX_DAYS = 4;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Pattern DAY = Pattern.compile("(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)|\\b(?<month>"
            + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
            + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+(?<year>\\d{4})\\b)?");

    private final Retriever inner;
    private final double boost;
    private volatile Names names = new Names(-1, Vocabulary.EMPTY);

    public QueryMentions(Retriever inner, double boost) {
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
        Vocabulary vocabulary = lookup(corpus).vocabulary();
        return rank(restriction -> inner.retrieve(corpus, query, k, restriction), row -> sourceOf(corpus, row),
                vocabulary.outlets(query.text(), filters), vocabulary.days(query.text(), filters), filters, k, boost);
    }

    /**
     * The outlet- and day-aware ranking over any store (the Solr store runs it too): {@code search} ranks the best
     * chunks passing a filter, {@code sourceOf} gives a ranked row's lower-cased outlet, {@code outlets} and {@code
     * days} are what the question names ({@link Vocabulary#outlets}, {@link Vocabulary#days}). With nothing named
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

    /** Days named in {@code query} within the caller's date filter ({@link Vocabulary#days}). */
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
            current = new Names(corpus.version(), Vocabulary.of(sources, years));
            names = current;
        }
        return current;
    }

    /** Lower case, every run of non-letters and non-digits one space, padded with a space on both sides. */
    static String normalise(String text) {
        return " " + NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }

    private record Names(long version, Vocabulary vocabulary) {
    }

    /**
     * The outlets and publication years of a corpus, as mentions are looked up in: outlet names (at least 3 letters
     * or digits) normalised to their lower-cased {@link Filters} form, years in ascending order.
     */
    public record Vocabulary(Map<String, String> byName, Set<Integer> years) {

        public static final Vocabulary EMPTY = new Vocabulary(Map.of(), Set.of());

        public Vocabulary {
            byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
            years = Collections.unmodifiableSet(new TreeSet<>(years));
        }

        /** The vocabulary of these outlet names (nulls and blanks ignored) and years. */
        public static Vocabulary of(Collection<String> sources, Collection<Integer> years) {
            Map<String, String> byName = new LinkedHashMap<>();
            for (String source : sources) {
                if (source != null && !source.isBlank()) {
                    String normalised = normalise(source);
                    if (normalised.strip().length() >= 3) {
                        byName.putIfAbsent(normalised, source.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Vocabulary(byName, new TreeSet<>(years));
        }

        /** The outlets named in {@code query}. */
        public Set<String> named(String query) {
            String text = normalise(query);
            Set<String> named = new LinkedHashSet<>();
            byName.forEach((name, source) -> {
                if (text.contains(name)) {
                    named.add(source);
                }
            });
            return named;
        }

        /** The outlets named in {@code query} that {@code filters} allows. */
        public Set<String> outlets(String query, Filters filters) {
            Set<String> allowed = named(query);
            if (!filters.sources().isEmpty()) {
                allowed.retainAll(filters.sources());
            }
            return allowed;
        }

        /**
         * Days named in {@code query} ("October 7, 2023", "Oct. 7th", "2023-10-07") within the caller's date filter,
         * at most {@link #MAX_DAYS}; a day without a year is taken in every year of {@link #years}.
         */
        public List<LocalDate> days(String query, Filters filters) {
            Set<LocalDate> days = new LinkedHashSet<>();
            Matcher named = DAY.matcher(query);
            while (named.find()) {
                try {
                    if (named.group("iso") != null) {
                        days.add(LocalDate.parse(named.group("iso")));
                        continue;
                    }
                    int month = MONTHS.indexOf(named.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
                    int day = Integer.parseInt(named.group("day"));
                    if (named.group("year") != null) {
                        days.add(LocalDate.of(Integer.parseInt(named.group("year")), month, day));
                    } else {
                        for (int year : years) {
                            days.add(LocalDate.of(year, month, day));
                        }
                    }
                } catch (DateTimeException | IllegalArgumentException e) {
                    // not a calendar day ("February 30"): not a mention
                }
            }
            return days.stream()
                    .filter(d -> (filters.from() == null || !d.isBefore(filters.from()))
                            && (filters.to() == null || !d.isAfter(filters.to())))
                    .limit(MAX_DAYS).toList();
        }
    }
}
