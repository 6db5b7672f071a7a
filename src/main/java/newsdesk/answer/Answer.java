package newsdesk.answer;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every surface renders: the answer text with inline {@code [n]} markers and the citations they refer to.
 *
 * <p>When {@code abstained} is true the text says the articles don't answer the question, {@code citations} is empty
 * and {@code closest} lists the nearest coverage. {@code answerer} names what produced the text ("extractive",
 * "llm"); {@code confidence} is in [0, 1]; {@code timingsMs} holds stage timings ("retrieval", "answer", "total").
 * {@code direct} is the direct answer the text leads with (one part per question part; empty when the answer is
 * quotes only); {@code id} identifies this answer for readers' feedback ({@code null} until the service assigns it).
 * {@code format} tells surfaces how the text is laid out: quotes, dated timeline bullets, or one line per outlet.
 */
public record Answer(
        String text,
        boolean abstained,
        List<Citation> citations,
        List<Coverage> closest,
        String answerer,
        double confidence,
        String conversationId,
        Map<String, Long> timingsMs,
        List<DirectAnswer> direct,
        String id,
        Format format) {

    /** How the text is laid out, for surfaces that render more than plain text. */
    public enum Format {
        /** Quoted sentences (the default). */
        QUOTES,
        /** One line per event, {@code - 12 Oct 2023: sentence [n]}, oldest first. */
        TIMELINE,
        /** One line per outlet, {@code Outlet: sentence [n]}, the outlets the question names first. */
        OUTLETS;

        /** The JSON name: "quotes", "timeline" or "outlets". */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Answer {
        Objects.requireNonNull(text, "text");
        direct = List.copyOf(direct);
        citations = List.copyOf(citations);
        closest = List.copyOf(closest);
        Objects.requireNonNull(answerer, "answerer");
        timingsMs = Map.copyOf(timingsMs);
        format = format == null ? Format.QUOTES : format;
    }

    /** An answer laid out as quotes. */
    public Answer(String text, boolean abstained, List<Citation> citations, List<Coverage> closest, String answerer,
                  double confidence, String conversationId, Map<String, Long> timingsMs, List<DirectAnswer> direct,
                  String id) {
        this(text, abstained, citations, closest, answerer, confidence, conversationId, timingsMs, direct, id,
                Format.QUOTES);
    }

    /** An answer without a direct answer and without an id yet. */
    public Answer(String text, boolean abstained, List<Citation> citations, List<Coverage> closest, String answerer,
                  double confidence, String conversationId, Map<String, Long> timingsMs) {
        this(text, abstained, citations, closest, answerer, confidence, conversationId, timingsMs, List.of(), null,
                Format.QUOTES);
    }

    /** The same answer with the conversation it belongs to and the measured stage timings. */
    public Answer withContext(String conversationId, Map<String, Long> timingsMs) {
        return new Answer(text, abstained, citations, closest, answerer, confidence, conversationId, timingsMs,
                direct, id, format);
    }

    /** The same answer identified by {@code answerId}. */
    public Answer withId(String answerId) {
        return new Answer(text, abstained, citations, closest, answerer, confidence, conversationId, timingsMs,
                direct, answerId, format);
    }
}
