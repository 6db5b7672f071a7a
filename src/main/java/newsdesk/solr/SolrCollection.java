package newsdesk.solr;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.params.ModifiableSolrParams;

import newsdesk.error.RefusedException;

/**
 * One SolrCloud collection's query and update endpoints, with Solr's failures mapped to ours once. Updates are
 * JSON update requests written by {@link SolrDocs}: Solr applies their commands in order, so an article's old
 * documents are deleted before its new ones are added in the same request (SolrJ's {@link UpdateRequest} applies
 * deletes after adds).
 */
final class SolrCollection {

    private final SolrNodes nodes;
    private final String name;

    SolrCollection(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.name = collection;
    }

    /** A JSON Request API query. */
    JsonNode select(Map<String, Object> request) {
        return call(() -> nodes.select(name, request));
    }

    /** A JSON update request; with {@code commit}, a hard commit that waits for the new searcher. */
    void update(byte[] body, boolean commit) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        if (commit) {
            params.set("commit", true).set("waitSearcher", true);
        }
        GenericSolrRequest update = new GenericSolrRequest(SolrRequest.METHOD.POST, "/update",
                SolrRequest.SolrRequestType.UPDATE, params).setRequiresCollection(true)
                .withContent(body, "application/json");
        call(() -> nodes.request(name, update));
    }

    /** A hard commit that waits for the new searcher. */
    void commit() {
        call(() -> nodes.request(name, new UpdateRequest().setAction(AbstractUpdateRequest.ACTION.COMMIT, true,
                true)));
    }

    private static JsonNode call(Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (SolrNodes.SolrRequestException e) {
            if (e.status() == 404) {
                throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_missing",
                        "the Solr collection does not exist; run `newsdesk solr-init`: " + e.getMessage());
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
