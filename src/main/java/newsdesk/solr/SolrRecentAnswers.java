package newsdesk.solr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.feedback.AnswerMemory;
import newsdesk.feedback.AnswerRecord;
import newsdesk.feedback.FeedbackJson;

/**
 * Recent answers kept in the Solr collection under {@code --store solr}, one document each ({@code kind:answer},
 * the record as JSON in {@code answer_record}, {@code expire_at} its lifetime later), so feedback on an answer is
 * accepted by any Newsdesk instance sharing the collection. Reads use real-time get, which sees every acknowledged
 * update without a commit; expired answers are unknown to reads and deleted by Solr's DocExpiration processor.
 */
public final class SolrRecentAnswers implements AnswerMemory {

    private static final Logger LOG = LoggerFactory.getLogger(SolrRecentAnswers.class);

    private final SolrNodes nodes;
    private final String collection;
    private final Clock clock;
    private final Duration lifetime;

    public SolrRecentAnswers(SolrNodes nodes, String collection, Clock clock, Duration lifetime) {
        this.nodes = nodes;
        this.collection = collection;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Stores the answer; when Solr does not take it, the answer is still given, only not ratable (logged). */
    @Override
    public void put(AnswerRecord answer) {
        Map<String, Object> doc = Map.of("id", docId(answer.answerId()), "kind", SolrDocs.ANSWER,
                "answer_record", FeedbackJson.writeAnswer(SolrNodes.json().createObjectNode(), answer).toString(),
                "expire_at", answer.askedAt().plus(lifetime).toString());
        try {
            nodes.add(collection, doc, false);
        } catch (SolrNodes.SolrRequestException e) {
            LOG.warn("could not keep answer {} in Solr; feedback on it will be refused: {}", answer.answerId(),
                    e.getMessage());
        }
    }

    @Override
    public Optional<AnswerRecord> get(String answerId) {
        if (answerId == null || answerId.isBlank()) {
            return Optional.empty();
        }
        Optional<JsonNode> found = nodes.realTimeGet(collection, docId(answerId), "answer_record,expire_at", "answer");
        if (found.isEmpty() || !Instant.parse(found.get().path("expire_at").asText()).isAfter(clock.instant())) {
            return Optional.empty();
        }
        JsonNode doc = found.get();
        try {
            return Optional.of(FeedbackJson.readAnswer(SolrNodes.json().readTree(doc.path("answer_record").asText())));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("answer {} in Solr is not a record: {}", answerId, e.getMessage());
            return Optional.empty();
        }
    }

    private static String docId(String answerId) {
        return "answer-" + answerId;
    }
}
