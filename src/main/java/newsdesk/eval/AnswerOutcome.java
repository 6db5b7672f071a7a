package newsdesk.eval;

import java.util.Map;

/**
 * How one answer scored: whether the system abstained and with what confidence, whether the text contains a gold
 * answer, how many cited sentences it had and how many of them are verbatim in the cited article, and its measured
 * timings in ms ({@code totalMs} wall clock around the call, {@code stagesMs} as the answer reports them).
 */
public record AnswerOutcome(
        boolean abstained,
        double confidence,
        boolean containsGold,
        int citedSentences,
        int verbatimSentences,
        double totalMs,
        Map<String, Long> stagesMs) {

    public AnswerOutcome {
        if (verbatimSentences < 0 || verbatimSentences > citedSentences) {
            throw new IllegalArgumentException("verbatim " + verbatimSentences + " of " + citedSentences);
        }
        stagesMs = Map.copyOf(stagesMs);
    }
}
