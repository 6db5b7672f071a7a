package newsdesk.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import newsdesk.answer.Answer;

/**
 * What a rating refers to: the answer with id {@code answerId}, the question it answered, its text, the sentences
 * it cited and the settings that made it ({@code answerer}, {@code topK}, {@code store}, {@code model},
 * {@code version}). {@code earlier} are the questions asked before it in the same conversation, oldest first (empty
 * for a first question), so a follow-up can be replayed in its context.
 */
public record AnswerRecord(String answerId, Instant askedAt, String question, String answer, boolean abstained,
                           List<Cited> citations, Map<String, String> settings, List<String> earlier) {

    /** One citation: its marker number, the article and the sentence (or metadata value) quoted. */
    public record Cited(int n, String articleId, String sentence) {
        public Cited {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(sentence, "sentence");
        }
    }

    public AnswerRecord {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(citations);
        settings = Map.copyOf(settings);
        earlier = List.copyOf(earlier);
    }

    /** A record of a first question (nothing asked before it). */
    public AnswerRecord(String answerId, Instant askedAt, String question, String answer, boolean abstained,
                        List<Cited> citations, Map<String, String> settings) {
        this(answerId, askedAt, question, answer, abstained, citations, settings, List.of());
    }

    /**
     * The record of {@code answer} (which has its id) to {@code question}, asked after {@code earlier} in its
     * conversation, made with {@code settings}.
     */
    public static AnswerRecord of(String question, List<String> earlier, Answer answer, Map<String, String> settings,
                                  Instant at) {
        List<Cited> cited = answer.citations().stream().map(c -> new Cited(c.n(), c.articleId(), c.sentence()))
                .toList();
        Map<String, String> all = new java.util.TreeMap<>(settings);
        all.put("answerer", answer.answerer());
        return new AnswerRecord(answer.id(), at, question, answer.text(), answer.abstained(), cited, all, earlier);
    }

    /** The distinct articles cited, in citation order. */
    public List<String> articleIds() {
        return citations.stream().map(Cited::articleId).distinct().toList();
    }
}
