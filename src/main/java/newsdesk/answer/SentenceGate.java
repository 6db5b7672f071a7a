package newsdesk.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lets model output through one verified sentence at a time: tokens are buffered until a sentence is complete,
 * the sentence is checked by the {@link CitationVerifier}, and only a kept sentence reaches the listener. Nothing the
 * verifier would drop is ever streamed. The increments passed to the listener concatenate to {@link #text()}; each is
 * preceded by the citations its markers introduce ({@link AnswerListener#onCitations}).
 *
 * <p>When the reply's first line is a direct answer line ("Answer: …", see {@link LlmDirectLine}), it is never checked
 * or shown as a sentence: it is kept only when every part of it is found verbatim in a passage it cites, and then held
 * until the first sentence is kept. At that point the listener gets the line's citations, {@link
 * AnswerListener#onDirect}, the line as the first increment, and the sentence after a blank line; a reply none of
 * whose sentences survives never shows its direct line.
 */
final class SentenceGate {

    private final CitationVerifier verifier;
    private final AnswerListener listener;
    private final String question;
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private int pending;
    private int seen;
    private int kept;
    private int announced;
    private boolean leadChecked;
    private LlmDirectLine.Checked lead;
    private int leadCitations;

    SentenceGate(CitationVerifier verifier, AnswerListener listener, String question) {
        this.verifier = verifier;
        this.listener = listener;
        this.question = Objects.requireNonNull(question, "question");
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

    /** The kept direct answer once shown (with the first kept sentence), else empty. */
    List<DirectAnswer> direct() {
        return lead == null || kept == 0 ? List.of() : lead.parts();
    }

    private void offer(String sentence) {
        if (sentence.isBlank()) {
            return;
        }
        if (!leadChecked) {
            leadChecked = true;
            Optional<String> line = LlmDirectLine.labelled(sentence);
            if (line.isPresent()) {
                lead = LlmDirectLine.check(line.get(), question, verifier).orElse(null);
                leadCitations = verifier.citations().size();
                return;
            }
        }
        seen++;
        Optional<String> checked = verifier.check(sentence);
        if (checked.isPresent()) {
            if (kept == 0 && lead != null) {
                showLead();
            }
            String increment = (text.isEmpty() ? "" : kept == 0 ? "\n\n" : " ") + checked.get();
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

    private void showLead() {
        if (leadCitations > announced) {
            listener.onCitations(verifier.citations().subList(announced, leadCitations));
            announced = leadCitations;
        }
        listener.onDirect(lead.parts());
        text.append(lead.line());
        listener.onText(lead.line());
    }
}
