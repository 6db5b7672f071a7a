package newsdesk.retrieve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.Filters;
import newsdesk.article.OutletAliases;
import newsdesk.article.PublishedDates;

/**
 * The outlets and publication years of a corpus, as mentions are looked up in: outlet names (at least 3 letters
 * or digits) normalised to their lower-cased {@link Filters} form, the same outlets by their {@link OutletAliases}
 * keys (so that "the NYT", "SMH's", "Fox" or "CBS Sports" name The New York Times, The Sydney Morning Herald, every
 * "FOX News - …" section and CBSSports.com), years in ascending order.
 */
public record MentionVocabulary(Map<String, String> byName, Map<String, Set<String>> byAlias, Set<Integer> years) {

    /** Days named in a query are looked up at most this many at a time. */
    static final int MAX_DAYS = 4;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DAY = Pattern.compile("(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)|\\b(?<month>"
            + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
            + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "(?:,?\\s+(?<year>\\d{4})\\b)?");

    /**
     * A name as a question writes an outlet: a run of capitalised words, "of" allowed between them ("CBS Sports",
     * "the Times of India", "SMH's" without its possessive), as {@code CitedOutlets} reads a cited publisher.
     */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{N}.&-]*)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;\"“”]\\s*$");

    public static final MentionVocabulary EMPTY = new MentionVocabulary(Map.of(), Map.of(), Set.of());

    public MentionVocabulary {
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        byAlias = Collections.unmodifiableMap(new LinkedHashMap<>(byAlias));
        years = Collections.unmodifiableSet(new TreeSet<>(years));
    }

    /** The vocabulary of these outlet names (nulls and blanks ignored) and years. */
    public static MentionVocabulary of(Collection<String> sources, Collection<Integer> years) {
        Map<String, String> byName = new LinkedHashMap<>();
        Map<String, Set<String>> byAlias = new LinkedHashMap<>();
        for (String source : sources) {
            if (source != null && !source.isBlank()) {
                String normalised = normalise(source);
                if (normalised.strip().length() >= 3) {
                    String key = source.strip().toLowerCase(Locale.ROOT);
                    byName.putIfAbsent(normalised, key);
                    OutletAliases.keys(source).forEach(
                            alias -> byAlias.computeIfAbsent(alias, a -> new LinkedHashSet<>()).add(key));
                }
            }
        }
        return new MentionVocabulary(byName, byAlias, new TreeSet<>(years));
    }

    /**
     * The outlets named in {@code query}: by their name anywhere (word boundaries, case and punctuation ignored),
     * or by another form of it ({@link OutletAliases#same}) written as a whole run of capitalised words; a run that
     * opens a sentence is also read without its first word ("Did CBS Sports …"). A run is never read in parts, so
     * "Fox Sports" does not name FOX News, and a run naming an outlet named in full is a part of that name: "The
     * Independent - Life and Style" does not name the other sections of The Independent.
     */
    public Set<String> named(String query) {
        String text = normalise(query);
        Set<String> named = new LinkedHashSet<>();
        byName.forEach((name, source) -> {
            if (text.contains(name)) {
                named.add(source);
            }
        });
        if (!byAlias.isEmpty()) {
            Set<String> exact = Set.copyOf(named);
            Matcher run = NAME.matcher(query);
            while (run.find()) {
                String before = query.substring(0, run.start());
                String[] words = run.group().split("\\s+", 2);
                aliased(run.group(), exact, named);
                if (words.length == 2 && (before.isBlank() || SENTENCE_END.matcher(before).find())) {
                    aliased(words[1], exact, named);
                }
            }
        }
        return named;
    }

    /** Adds the outlets {@code cited} names, unless it names one named in full (it is then a part of that name). */
    private void aliased(String cited, Set<String> exact, Set<String> named) {
        Set<String> outlets = new LinkedHashSet<>();
        for (String lookup : OutletAliases.lookups(cited)) {
            outlets.addAll(byAlias.getOrDefault(lookup, Set.of()));
        }
        if (Collections.disjoint(outlets, exact)) {
            named.addAll(outlets);
        }
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
                int month = PublishedDates.monthNamed(named.group("month")).orElseThrow().getValue();
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

    /** Lower case, every run of non-letters and non-digits one space, padded with a space on both sides. */
    static String normalise(String text) {
        return " " + NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }
}
