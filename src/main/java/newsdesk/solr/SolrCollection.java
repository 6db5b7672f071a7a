package newsdesk.solr;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.error.RefusedException;

/** One SolrCloud collection's query and update endpoints, with Solr's failures mapped to ours once. */
final class SolrCollection {

    private final SolrHttp http;
    private final String base;

    SolrCollection(SolrHttp http, String collection) {
        this.http = http;
        this.base = "/" + collection;
    }

    /** A JSON Request API query. */
    JsonNode select(Map<String, Object> request) {
        return call(() -> http.postJson(base + "/select", Map.of(), request));
    }

    /** An update request; with {@code commit}, a hard commit that waits for the new searcher. */
    void update(byte[] body, boolean commit) {
        Map<String, String> params = commit ? Map.of("commit", "true", "waitSearcher", "true") : Map.of();
        call(() -> http.post(base + "/update", params, body, "application/json"));
    }

    /** A hard commit that waits for the new searcher. */
    void commit() {
        call(() -> http.get(base + "/update", Map.of("commit", "true", "waitSearcher", "true")));
    }

    private static JsonNode call(Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (SolrHttp.SolrRequestException e) {
            if (e.status() == 404) {
                throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_missing",
                        "the Solr collection does not exist; run `newsdesk solr-init`: " + e.getMessage());
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
