package newsdesk.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.Rating;

/**
 * Replays readers' ratings as regression cases ({@code eval --feedback FILE}). Only the latest rating of each answer
 * counts; a follow-up is asked again after the earlier questions of its conversation. A 👍 answer passes while a fresh answer to its question still cites every article it cited (and still
 * abstains if it abstained); a 👎 with a correction passes once a fresh answer contains every word of the
 * correction (case, punctuation and a few function words ignored); a 👎 without a correction has nothing to check
 * and is skipped.
 */
public final class FeedbackReplay {

    /** A case's outcome. */
    public enum Verdict { PASS, FAIL, SKIPPED }

    /** One replayed rating: the verdict and why. */
    public record Case(Feedback feedback, Verdict verdict, String detail) {
    }

    /** Every case, in the order of the first rating of each answer. */
    public record Report(List<Case> cases) {
        public long count(Verdict verdict) {
            return cases.stream().filter(c -> c.verdict() == verdict).count();
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "at", "by", "for", "is", "was", "were", "are", "be", "it", "its", "that", "this", "with", "as");

    private FeedbackReplay() {
    }

    /** Asks a question, in conversation {@code conversationId} ({@code null}: a new one). */
    @FunctionalInterface
    public interface Asker {
        Answer ask(String question, String conversationId);
    }

    /**
     * Asks each rated question again through {@code ask} and judges the fresh answer; a follow-up is asked after the
     * questions that came before it, in one new conversation.
     */
    public static Report replay(List<Feedback> records, Asker ask) {
        Map<String, Feedback> latest = new LinkedHashMap<>();
        records.forEach(f -> latest.put(f.answer().answerId(), f));
        List<Case> cases = new ArrayList<>();
        for (Feedback f : latest.values()) {
            if (f.rating() == Rating.DOWN && f.correction() == null) {
                cases.add(new Case(f, Verdict.SKIPPED, "👎 without a correction: nothing to check"));
                continue;
            }
            String conversation = null;
            for (String earlier : f.answer().earlier()) {
                conversation = ask.ask(earlier, conversation).conversationId();
            }
            cases.add(judge(f, ask.ask(f.answer().question(), conversation)));
        }
        return new Report(cases);
    }

    /** The verdict on {@code now}, a fresh answer to the question that {@code f} rated. */
    static Case judge(Feedback f, Answer now) {
        if (f.rating() == Rating.DOWN) {
            Set<String> have = words(now.text());
            List<String> missing = words(f.correction()).stream().filter(w -> !have.contains(w)).toList();
            return missing.isEmpty() ? new Case(f, Verdict.PASS, "the answer now contains the correction")
                    : new Case(f, Verdict.FAIL, "the answer lacks " + String.join(", ", missing)
                            + " of the correction '" + f.correction() + "'");
        }
        if (f.answer().abstained()) {
            return now.abstained() ? new Case(f, Verdict.PASS, "still abstains")
                    : new Case(f, Verdict.FAIL, "abstained before, now answers");
        }
        Set<String> cited = now.citations().stream().map(Citation::articleId).collect(Collectors.toSet());
        List<String> lost = f.answer().articleIds().stream().filter(id -> !cited.contains(id)).toList();
        return lost.isEmpty() ? new Case(f, Verdict.PASS, "still cites " + String.join(", ", f.answer().articleIds()))
                : new Case(f, Verdict.FAIL, "no longer cites " + String.join(", ", lost));
    }

    /** Lower-cased words of letters and digits, minus a few function words. */
    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !FUNCTION_WORDS.contains(w))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
