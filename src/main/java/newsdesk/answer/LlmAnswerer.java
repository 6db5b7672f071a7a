package newsdesk.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.retrieve.Passage;

/**
 * Answers with a language model: renders the answering prompt over the numbered passages, checks the reply sentence
 * by sentence with a {@link CitationVerifier}, and returns only verified text ({@code answerer = "llm"}).
 *
 * <p>With a listener other than {@link AnswerListener#NONE} the reply is streamed, and each sentence reaches the
 * listener as soon as it is complete and verified; otherwise one blocking call is made. Whenever the model is busy,
 * unavailable, slow or wrong — every slot taken, circuit open, timeout, error, empty reply, no sentence surviving
 * the checks — the answer comes from the {@code fallback} answerer instead (the extractive one), which then reports
 * its own name. If a stream fails after verified sentences were already shown, those sentences are the answer.
 * A reply of {@code NO_ANSWER} becomes an {@link Abstention} listing the passages' articles.
 *
 * <p>The prompt asks for a first line {@code Answer: <short answer> [n]}; it becomes {@link Answer#direct()} only when
 * every part of it is verbatim in a passage it cites ({@link LlmDirectLine}), and then leads the text as the
 * extractive answer's direct line does ({@code "Xi Jinping, Vladimir Putin [1]\n\n…"}); otherwise it is dropped and
 * the answer is the verified sentences alone.
 */
public final class LlmAnswerer implements Answerer {

    public static final String NAME = "llm";
    static final String NO_ANSWER = "NO_ANSWER";

    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);

    private final LlmClient client;
    private final PromptLibrary prompts;
    private final Clock clock;
    private final Answerer fallback;

    public LlmAnswerer(LlmClient client, PromptLibrary prompts, Clock clock, Answerer fallback) {
        this.client = Objects.requireNonNull(client, "client");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
        if (evidence.isEmpty()) {
            return fallback.answer(question, evidence, listener);
        }
        AnswerPrompt prompt = AnswerPrompt.render(prompts, question, evidence, LocalDate.now(clock));
        CitationVerifier verifier = new CitationVerifier(evidence,
                prompt.system() + "\n" + prompts.template(PromptLibrary.ANSWER));
        SentenceGate gate = new SentenceGate(verifier, listener, question);
        try {
            LlmClient.Reply reply;
            if (listener == AnswerListener.NONE) {
                reply = client.complete(prompt.messages());
                gate.accept(reply.text());
            } else {
                reply = client.stream(prompt.messages(), gate::accept);
            }
            if (reply.complete()) {
                gate.finish();
            } else {
                LOG.info("the model's reply was cut short; its unfinished last sentence is dropped");
            }
        } catch (LlmCallException e) {
            boolean refused = e.reason() == LlmCallException.Reason.BUSY
                    || e.reason() == LlmCallException.Reason.CIRCUIT_OPEN;
            String message = "language model gave no answer ({}: {}); {}";
            String outcome = gate.kept() > 0 ? "keeping the verified sentences already shown" : "answering extractively";
            if (refused) {
                LOG.debug(message, e.reason(), e.getMessage(), outcome);
            } else {
                LOG.warn(message, e.reason(), e.getMessage(), outcome);
            }
            return gate.kept() > 0 ? answer(gate, verifier) : fallback.answer(question, evidence, listener);
        }
        if (gate.kept() > 0) {
            return answer(gate, verifier);
        }
        if (gate.raw().contains(NO_ANSWER)) {
            Answer abstention = Abstention.of(evidence, 0, NAME);
            listener.onText(abstention.text());
            return abstention;
        }
        LOG.info("no sentence of the model's answer passed verification ({} checked); answering extractively",
                gate.seen());
        return fallback.answer(question, evidence, listener);
    }

    private static Answer answer(SentenceGate gate, CitationVerifier verifier) {
        double confidence = (double) gate.kept() / Math.max(gate.kept(), gate.seen());
        return new Answer(gate.text(), false, verifier.citations(), List.of(), NAME, confidence, null, Map.of(),
                gate.direct(), null);
    }
}
