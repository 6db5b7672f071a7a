package newsdesk.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackJson;
import newsdesk.feedback.FeedbackStore;

/**
 * Readers' ratings kept in the Solr collection under {@code --store solr}, one document each ({@code kind:feedback},
 * the record as JSON in {@code feedback}, {@code seq} = epoch milliseconds for ordering), so every Newsdesk instance
 * exports them all. An append returns after a hard commit, like article updates: durable and visible everywhere.
 */
public final class SolrFeedback implements FeedbackStore {

    static final int PAGE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SolrFeedback.class);

    private final SolrNodes nodes;
    private final String collection;

    public SolrFeedback(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    @Override
    public void append(Feedback feedback) {
        Map<String, Object> doc = Map.of("id", "feedback-" + UUID.randomUUID(), "kind", SolrDocs.FEEDBACK,
                "feedback", FeedbackJson.line(feedback), "seq", feedback.at().toEpochMilli());
        try {
            nodes.add(collection, doc, true);
        } catch (SolrNodes.SolrRequestException e) {
            LOG.error("could not store feedback in Solr: {}", e.getMessage());
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "feedback_write_failed",
                    "the feedback could not be saved; try again later");
        }
    }

    @Override
    public List<Feedback> all() {
        List<Feedback> records = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode docs;
            try {
                docs = nodes.select(collection, Map.of("query", SolrQueries.term("kind",
                        SolrDocs.FEEDBACK), "sort", "seq asc, id asc", "offset", offset, "limit", PAGE,
                        "fields", "feedback")).path("response").path("docs");
            } catch (SolrNodes.SolrRequestException e) {
                throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_unavailable",
                        "could not read the feedback: " + e.getMessage());
            }
            for (JsonNode doc : docs) {
                try {
                    records.add(FeedbackJson.parse(doc.path("feedback").asText()));
                } catch (IllegalArgumentException e) {
                    LOG.warn("a feedback document in Solr is not a record; skipped ({})", e.getMessage());
                }
            }
            if (docs.size() < PAGE) {
                return records;
            }
        }
    }
}
