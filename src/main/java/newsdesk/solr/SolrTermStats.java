package newsdesk.solr;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Term statistics of the chunk texts in Solr, cached for 10 s and until this instance writes: BM25's idf (as
 * {@code LexicalIndex.idf}) and whether any chunk mentions a term.
 */
final class SolrTermStats {

    private static final long TTL_NANOS = 10_000_000_000L;

    private record CachedIdf(double idf, long expires) {
    }

    private final SolrCollection collection;
    private final Map<String, CachedIdf> idfs = new ConcurrentHashMap<>();
    /** Terms known to be mentioned, each until its expiry ({@link System#nanoTime}). */
    private final Map<String, Long> mentionedUntil = new ConcurrentHashMap<>();

    SolrTermStats(SolrCollection collection) {
        this.collection = collection;
    }

    double idf(String term) {
        long now = System.nanoTime();
        CachedIdf cached = idfs.get(term);
        if (cached != null && cached.expires() - now > 0) {
            return cached.idf();
        }
        JsonNode answer = collection.select(Map.of("query", SolrQueries.term("kind", SolrDocs.CHUNK), "limit", 0,
                "facet", Map.of("df", Map.of("type", "query", "q", "{!term f=text v=$idfTerm}")),
                "params", Map.of("idfTerm", term)));
        long docs = Math.max(1, answer.path("response").path("numFound").asLong());
        long df = answer.path("facets").path("df").path("count").asLong();
        double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        idfs.put(term, new CachedIdf(idf, now + TTL_NANOS));
        return idf;
    }

    /** Whether a chunk's text, title or outlet holds the analysed term; a yes is cached like {@link #idf}. */
    boolean mentions(String term) {
        long now = System.nanoTime();
        Long until = mentionedUntil.get(term);
        if (until != null && until - now > 0) {
            return true;
        }
        JsonNode answer = collection.select(Map.of("query", Map.of("bool", Map.of("should", List.of(
                        "{!term f=text v=$mentionTerm}", "{!term f=title v=$mentionTerm}",
                        "{!term f=source v=$mentionTerm}"))),
                "filter", List.of(SolrQueries.term("kind", SolrDocs.CHUNK)), "limit", 0,
                "params", Map.of("mentionTerm", term)));
        boolean found = answer.path("response").path("numFound").asLong() > 0;
        if (found) {
            // Only "mentioned" is remembered: another instance may add the article that mentions it at any moment.
            mentionedUntil.put(term, now + TTL_NANOS);
        }
        return found;
    }

    void clear() {
        idfs.clear();
        mentionedUntil.clear();
    }
}
