package newsdesk.eval;

import java.util.Map;

/**
 * How one answer scored: whether the system abstained and with what confidence, whether the text contains a gold
 * answer, how many cited sentences it had and how many of them are verbatim in the cited article, and its measured
 * timings in ms ({@code totalMs} wall clock around the call, {@code stagesMs} as the answer reports them).
 * {@code direct} is the direct answer as matched ({@link AnswerMatch#directText}; empty when there is none) and
 * {@code directGold} whether it contains a gold answer; {@code text} is the answer text, kept for reading the
 * details file; {@code signals} what the answerer measured before its no-answer decision ({@code AnswerSignals}, by
 * name; empty when it abstained earlier or does not report them).
 */
public record AnswerOutcome(
        boolean abstained,
        double confidence,
        boolean containsGold,
        int citedSentences,
        int verbatimSentences,
        double totalMs,
        Map<String, Long> stagesMs,
        String direct,
        boolean directGold,
        String text,
        Map<String, Double> signals) {

    public AnswerOutcome {
        signals = signals == null ? Map.of() : Map.copyOf(signals);
        if (verbatimSentences < 0 || verbatimSentences > citedSentences) {
            throw new IllegalArgumentException("verbatim " + verbatimSentences + " of " + citedSentences);
        }
        stagesMs = Map.copyOf(stagesMs);
        direct = direct == null ? "" : direct;
        text = text == null ? "" : text;
        if (directGold && direct.isEmpty()) {
            throw new IllegalArgumentException("a gold direct answer needs a direct answer");
        }
    }

    /** An outcome without signals. */
    public AnswerOutcome(boolean abstained, double confidence, boolean containsGold, int citedSentences,
                         int verbatimSentences, double totalMs, Map<String, Long> stagesMs, String direct,
                         boolean directGold, String text) {
        this(abstained, confidence, containsGold, citedSentences, verbatimSentences, totalMs, stagesMs, direct,
                directGold, text, Map.of());
    }

    /** An outcome without a direct answer and without the text. */
    public AnswerOutcome(boolean abstained, double confidence, boolean containsGold, int citedSentences,
                         int verbatimSentences, double totalMs, Map<String, Long> stagesMs) {
        this(abstained, confidence, containsGold, citedSentences, verbatimSentences, totalMs, stagesMs, "", false,
                "");
    }

    /** Whether the answer led with a direct answer. */
    public boolean hasDirect() {
        return !direct.isEmpty();
    }
}
