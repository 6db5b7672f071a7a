package newsdesk.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.retrieve.MentionBoostRetriever;
import newsdesk.retrieve.MentionVocabulary;

/**
 * The outlets and publication years of a collection, read with JSON facets over the article documents, for
 * {@link MentionBoostRetriever} to find the outlets and days a question names. Kept for {@link #TTL_NANOS} (so an outlet
 * another instance adds is known within 10 s) and forgotten when this instance writes.
 */
final class SolrVocabulary {

    static final long TTL_NANOS = 10_000_000_000L;
    /** Years between the first and the last that are checked one by one for articles; beyond, all are taken. */
    static final int MAX_CHECKED_YEARS = 200;

    private record Cached(MentionVocabulary vocabulary, long expires) {
    }

    private final Function<Map<String, Object>, JsonNode> query;
    private volatile Cached cached;

    /** {@code query} sends a JSON request to the collection's {@code /select}. */
    SolrVocabulary(Function<Map<String, Object>, JsonNode> query) {
        this.query = query;
    }

    MentionVocabulary get() {
        long now = System.nanoTime();
        Cached current = cached;
        if (current == null || current.expires() - now <= 0) {
            current = new Cached(load(), now + TTL_NANOS);
            cached = current;
        }
        return current.vocabulary();
    }

    void clear() {
        cached = null;
    }

    private MentionVocabulary load() {
        JsonNode facets = query.apply(Map.of("query", SolrQueries.term("kind", SolrDocs.ARTICLE), "limit", 0,
                "facet", Map.of("outlets", Map.of("type", "terms", "field", "source_key", "limit", -1),
                        "first", "min(day)", "last", "max(day)"))).path("facets");
        List<String> outlets = new ArrayList<>();
        facets.path("outlets").path("buckets").forEach(bucket -> outlets.add(bucket.path("val").asText()));
        Set<Integer> years = new TreeSet<>();
        if (facets.hasNonNull("first") && facets.hasNonNull("last")) {
            int first = LocalDate.ofEpochDay(facets.path("first").asLong()).getYear();
            int last = LocalDate.ofEpochDay(facets.path("last").asLong()).getYear();
            years.add(first);
            years.add(last);
            if (last - first > MAX_CHECKED_YEARS) {
                for (int year = first + 1; year < last; year++) {
                    years.add(year);
                }
            } else if (last - first >= 2) {
                years.addAll(yearsWithArticles(first + 1, last - 1));
            }
        }
        return MentionVocabulary.of(outlets, years);
    }

    private List<Integer> yearsWithArticles(int from, int to) {
        Map<String, Object> perYear = new LinkedHashMap<>();
        for (int year = from; year <= to; year++) {
            perYear.put("y" + year, Map.of("type", "query", "q", "day:[" + LocalDate.of(year, 1, 1).toEpochDay()
                    + " TO " + LocalDate.of(year, 12, 31).toEpochDay() + "]"));
        }
        JsonNode facets = query.apply(Map.of("query", SolrQueries.term("kind", SolrDocs.ARTICLE), "limit", 0,
                "facet", perYear)).path("facets");
        List<Integer> years = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            if (facets.path("y" + year).path("count").asLong() > 0) {
                years.add(year);
            }
        }
        return years;
    }
}
