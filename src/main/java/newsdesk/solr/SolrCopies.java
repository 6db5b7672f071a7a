package newsdesk.solr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.article.Article;
import newsdesk.index.MinHash;

/**
 * The copies of an article's story in the Solr collection. Each article document holds its body's MinHash
 * signature ({@code minhash}) and band keys ({@code minhash_bands}, written at ingestion): the candidates are the
 * articles sharing a band key with it (one query), kept when their signatures are at least
 * {@link MinHash#DEFAULT_THRESHOLD} similar, as the in-memory store does; copies of a copy are followed too, up to
 * {@value #MAX_STORY} articles. Articles indexed before signatures were stored have none and find no copies.
 */
final class SolrCopies {

    static final int MAX_STORY = 50;
    private static final String FIELDS = SolrDocs.ARTICLE_FIELDS + ",minhash,seq";

    private final Function<Map<String, Object>, JsonNode> query;

    /** {@code query} sends a JSON request to the collection's {@code /select}. */
    SolrCopies(Function<Map<String, Object>, JsonNode> query) {
        this.query = query;
    }

    /** The other articles carrying {@code articleId}'s story, in listing order; empty when none or unknown. */
    List<Article> of(String articleId) {
        JsonNode start = docs(Map.of("query", SolrQueries.term("id", SolrDocs.articleDocId(articleId)),
                "filter", List.of(SolrQueries.term("kind", SolrDocs.ARTICLE)), "limit", 1, "fields", FIELDS)).path(0);
        long[] signature = signature(start);
        if (signature == null) {
            return List.of();
        }
        Map<String, JsonNode> story = new LinkedHashMap<>();
        story.put(articleId, start);
        Deque<long[]> next = new ArrayDeque<>(List.<long[]>of(signature));
        while (!next.isEmpty() && story.size() < MAX_STORY) {
            long[] from = next.poll();
            List<Object> keys = new ArrayList<>();
            for (long key : MinHash.bandKeys(from)) {
                keys.add(SolrQueries.term("minhash_bands", SolrDocs.bandKey(key)));
            }
            for (JsonNode doc : docs(Map.of("query", Map.of("bool", Map.of("should", keys)),
                    "filter", List.of(SolrQueries.term("kind", SolrDocs.ARTICLE)), "limit", MAX_STORY,
                    "fields", FIELDS))) {
                long[] theirs = signature(doc);
                String id = doc.path("article_id").asText();
                if (theirs != null && !story.containsKey(id) && story.size() < MAX_STORY
                        && MinHash.similarity(from, theirs) >= MinHash.DEFAULT_THRESHOLD) {
                    story.put(id, doc);
                    next.add(theirs);
                }
            }
        }
        story.remove(articleId);
        return story.values().stream().sorted(Comparator.comparingLong(doc -> doc.path("seq").asLong()))
                .map(doc -> SolrDocs.article(doc).article()).toList();
    }

    private JsonNode docs(Map<String, Object> request) {
        return query.apply(request).path("response").path("docs");
    }

    private static long[] signature(JsonNode doc) {
        JsonNode values = doc.path("minhash");
        if (values.size() != MinHash.HASHES) {
            return null;
        }
        long[] signature = new long[MinHash.HASHES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = values.get(i).asLong();
        }
        return signature;
    }
}
