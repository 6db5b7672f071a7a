package newsdesk.feedback;

import java.util.Optional;

/**
 * The answers a rating may still refer to, by answer id: kept in this process ({@link RecentAnswers}) or, under
 * {@code --store solr}, in the collection so that any instance behind a load balancer accepts feedback on an answer
 * another instance gave ({@code newsdesk.solr.SolrRecentAnswers}). Expired answers are not returned.
 */
public interface AnswerMemory {

    void put(AnswerRecord answer);

    Optional<AnswerRecord> get(String answerId);
}
