package newsdesk.eval;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Aggregate scores over a group of query outcomes. A metric is {@code null} when no query in the group qualifies
 * for it. {@code scored} counts the queries with gold facts (the denominator of Hits@k and MRR@10),
 * {@code withEvidence} those with evidence articles (the denominator of evidence-article recall and of
 * {@code articleTop5}, the share of them with an evidence article among the articles of the top 5 chunks).
 *
 * @param answers {@code null} when the contender does not answer questions
 */
public record Scores(
        int queries,
        int scored,
        Double hits4,
        Double hits10,
        Double mrr10,
        int withEvidence,
        Double recall4,
        Double recall10,
        Double articleTop5,
        AnswerScores answers) {

    /** Depth of the "gold article retrieved" measure. */
    public static final int ARTICLE_DEPTH = 5;

    /**
     * Answer metrics of a group: share of answerable queries with gold answers whose answer contains one
     * ({@code containsGold}; an abstention counts as not containing it), share of all cited sentences that are
     * verbatim in their article, share of should-abstain queries abstained on, and share of answerable queries
     * abstained on. Over the same answerable queries with gold answers: {@code directGold}, the share whose direct
     * answer contains one, and {@code withDirect}, the share that got a direct answer at all. {@code abstained} is
     * the share of all queries of the group abstained on, whatever they should have got.
     */
    public record AnswerScores(
            int answered,
            Double containsGold,
            int citedSentences,
            Double verbatim,
            Double abstention,
            Double falseAbstention,
            Double directGold,
            Double withDirect,
            Double abstained) {
    }

    public static Scores of(Collection<QueryOutcome> outcomes) {
        List<QueryOutcome> scored = outcomes.stream().filter(o -> o.firstHitRank() != null).toList();
        List<QueryOutcome> evidenced = outcomes.stream().filter(o -> o.recall10() != null).toList();
        Double hits4 = mean(scored, o -> RetrievalMetrics.hitAt(o.firstHitRank(), 4) ? 1 : 0);
        Double hits10 = mean(scored, o -> RetrievalMetrics.hitAt(o.firstHitRank(), 10) ? 1 : 0);
        Double mrr = mean(scored, o -> RetrievalMetrics.reciprocalRank(o.firstHitRank(), RetrievalMetrics.MRR_CUTOFF));
        return new Scores(outcomes.size(), scored.size(), hits4, hits10, mrr, evidenced.size(),
                mean(evidenced, QueryOutcome::recall4), mean(evidenced, QueryOutcome::recall10),
                mean(evidenced, o -> articleInTop(o, ARTICLE_DEPTH) ? 1 : 0), answerScores(outcomes));
    }

    /** Whether an evidence article (by url, or id when it has none) is among the articles of the top k chunks. */
    static boolean articleInTop(QueryOutcome outcome, int k) {
        List<String> top = outcome.topArticles().subList(0, Math.min(k, outcome.topArticles().size()));
        return outcome.query().evidence().stream().anyMatch(top::contains);
    }

    private static AnswerScores answerScores(Collection<QueryOutcome> outcomes) {
        List<QueryOutcome> answered = outcomes.stream().filter(o -> o.answer() != null).toList();
        if (answered.isEmpty()) {
            return null;
        }
        Predicate<QueryOutcome> shouldAbstain = o -> o.query().shouldAbstain();
        List<QueryOutcome> nulls = answered.stream().filter(shouldAbstain).toList();
        List<QueryOutcome> answerable = answered.stream().filter(shouldAbstain.negate()).toList();
        List<QueryOutcome> withGold = answerable.stream().filter(o -> !o.query().answers().isEmpty()).toList();
        int cited = answered.stream().mapToInt(o -> o.answer().citedSentences()).sum();
        int verbatim = answered.stream().mapToInt(o -> o.answer().verbatimSentences()).sum();
        return new AnswerScores(answered.size(),
                mean(withGold, o -> o.answer().containsGold() ? 1 : 0),
                cited,
                cited == 0 ? null : (double) verbatim / cited,
                mean(nulls, o -> o.answer().abstained() ? 1 : 0),
                mean(answerable, o -> o.answer().abstained() ? 1 : 0),
                mean(withGold, o -> o.answer().directGold() ? 1 : 0),
                mean(withGold, o -> o.answer().hasDirect() ? 1 : 0),
                mean(answered, o -> o.answer().abstained() ? 1 : 0));
    }

    private static Double mean(List<QueryOutcome> group, ToDoubleFunction<QueryOutcome> value) {
        return group.isEmpty() ? null : group.stream().mapToDouble(value).average().orElseThrow();
    }
}
