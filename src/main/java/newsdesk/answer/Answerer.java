package newsdesk.answer;

import java.util.List;

import newsdesk.retrieve.Passage;

/**
 * Turns a question and the retrieved evidence into a cited {@link Answer}.
 *
 * <p>Contract: every {@link Citation} refers to one of the given passages' articles and quotes a sentence that occurs
 * verbatim in that article's body at {@code [start, end)}; every sentence of the text ends with at least one marker
 * {@code [n]} of a citation in the list; when the evidence does not answer the question, the answer abstains and
 * lists the closest coverage. Implementations never return {@code null}; {@code conversationId} and timings are left
 * for the caller to fill in.
 */
public interface Answerer {

    Answer answer(String question, List<Passage> evidence, AnswerListener listener);

    /** A short name reported in {@link Answer#answerer()}. */
    String name();

    /**
     * What to retrieve for {@code question} when the caller would retrieve {@code passages} passages for it: an
     * answerer may ask for a different query (the topic without wording such as "timeline of") or more passages
     * (at most {@code newsdesk.qa.QaService.MAX_TOP_K}). The default keeps both.
     */
    default Retrieval retrieval(String question, int passages) {
        return new Retrieval(question, passages);
    }

    /** The query to search with and how many passages to retrieve. */
    record Retrieval(String query, int passages) {

        public Retrieval {
            if (query == null || query.isBlank() || passages < 1) {
                throw new IllegalArgumentException("a retrieval needs a query and at least one passage");
            }
        }
    }
}
