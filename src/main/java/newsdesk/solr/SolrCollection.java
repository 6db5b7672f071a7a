package newsdesk.solr;

import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.UpdateParams;

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

    /** A JSON update request; with {@code commit}, a hard commit as {@link #commit} makes it. */
    void update(byte[] body, boolean commit) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        if (commit) {
            params.set(UpdateParams.COMMIT, true).set(UpdateParams.WAIT_SEARCHER, true)
                    .set(UpdateParams.EXPUNGE_DELETES, true);
        }
        GenericSolrRequest update = new GenericSolrRequest(SolrRequest.METHOD.POST, "/update",
                SolrRequest.SolrRequestType.UPDATE, params).setRequiresCollection(true)
                .withContent(body, "application/json");
        call(() -> nodes.request(name, update));
    }

    /**
     * A hard commit that first merges away every deleted document (the configset allows none, {@code
     * forceMergeDeletesPctAllowed} 0) and waits for the new searcher, on every replica. Lucene counts deleted
     * documents in BM25's statistics until a merge drops them, and each replica merges on its own schedule: without
     * this, replacing an article (or sending a timed-out batch again) would leave replicas, and so two searches, with
     * different scores for the same chunk.
     */
    void commit() {
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
        commit.setParam(UpdateParams.EXPUNGE_DELETES, "true");
        call(() -> nodes.request(name, commit));
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
