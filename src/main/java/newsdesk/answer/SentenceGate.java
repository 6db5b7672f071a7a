package newsdesk.answer;

import java.util.List;
import java.util.Optional;

/**
 * Lets model output through one verified sentence at a time: tokens are buffered until a sentence is complete,
 * the sentence is checked by the {@link CitationVerifier}, and only a kept sentence reaches the listener. Nothing the
 * verifier would drop is ever streamed. The increments passed to the listener concatenate to {@link #text()}; each is
 * preceded by the citations its markers introduce ({@link AnswerListener#onCitations}).
 */
final class SentenceGate {

    private final CitationVerifier verifier;
    private final AnswerListener listener;
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private int pending;
    private int seen;
    private int kept;
    private int announced;

    SentenceGate(CitationVerifier verifier, AnswerListener listener) {
        this.verifier = verifier;
        this.listener = listener;
    }

    /** Takes the next piece of the reply and passes on every sentence it completes that survives checking. */
    void accept(String token) {
        raw.append(token);
        for (int end = LlmSentences.completeEnd(raw, pending, false); end > 0;
                end = LlmSentences.completeEnd(raw, pending, false)) {
            offer(raw.substring(pending, end));
            pending = end;
        }
    }

    /** The reply is complete: checks what is left as the last sentence(s). */
    void finish() {
        for (int end = LlmSentences.completeEnd(raw, pending, true); end > 0;
                end = LlmSentences.completeEnd(raw, pending, true)) {
            offer(raw.substring(pending, end));
            pending = end;
        }
    }

    /** The shown text: the kept sentences, separated by spaces. */
    String text() {
        return text.toString();
    }

    /** Everything the model sent, unchecked. */
    String raw() {
        return raw.toString();
    }

    int seen() {
        return seen;
    }

    int kept() {
        return kept;
    }

    private void offer(String sentence) {
        if (sentence.isBlank()) {
            return;
        }
        seen++;
        Optional<String> checked = verifier.check(sentence);
        if (checked.isPresent()) {
            String increment = (text.isEmpty() ? "" : " ") + checked.get();
            text.append(increment);
            kept++;
            List<Citation> citations = verifier.citations();
            if (citations.size() > announced) {
                listener.onCitations(citations.subList(announced, citations.size()));
                announced = citations.size();
            }
            listener.onText(increment);
        }
    }
}
