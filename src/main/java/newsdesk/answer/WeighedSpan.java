package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A candidate span weighed for one question part: its sentence, its span there, its (stemmed) words and its local
 * weight (relevance × fit × closeness × head bonus × expectation). The static methods shape the chosen answer from
 * the candidates: its fullest form, the runners-up to quote after it, and a list answer's members.
 */
record WeighedSpan(ScoredSentence sentence, AnswerSpan span, Set<String> words, double local) {

    static final double LIST_FIT_RATIO = 0.8;
    static final int MAX_LIST = 6;
    /** A list answer takes the best span's sentence's other spans weighing at least this share of the best. */
    static final double LIST_LOCAL_RATIO = 0.6;
    static final double FULL_NAME_RATIO = 0.4;
    static final double RUNNER_UP_RATIO = 0.5;
    static final int MAX_RUNNERS_UP = 1;

    /** Whether the two spans name the same date or number (equal words) or the same name (a shared word). */
    boolean same(WeighedSpan other, boolean exact) {
        if (exact) {
            return words.equals(other.words);
        }
        for (String w : words) {
            if (w.length() > 2 && other.words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The sentences (other than the pick's) of the best other spans weighing at least RUNNER_UP_RATIO of it. */
    static List<ScoredSentence> runnersUp(WeighedSpan pick, List<WeighedSpan> all, double bestScore) {
        List<ScoredSentence> sentences = new ArrayList<>();
        all.stream().filter(w -> w.sentence() != pick.sentence() && w.local() >= RUNNER_UP_RATIO * bestScore)
                .sorted((a, b) -> Double.compare(b.local(), a.local()))
                .forEach(w -> {
                    if (!sentences.contains(w.sentence()) && sentences.size() < MAX_RUNNERS_UP) {
                        sentences.add(w.sentence());
                    }
                });
        return sentences;
    }

    /**
     * The fullest form of the chosen name among the candidates: "Sam Bankman-Fried" rather than "Bankman-Fried"
     * when a good sentence names him in full (its weight at least {@code FULL_NAME_RATIO} of the chosen one's).
     */
    static WeighedSpan fullest(WeighedSpan best, List<WeighedSpan> all) {
        WeighedSpan full = best;
        for (WeighedSpan w : all) {
            if (w.words().size() > full.words().size() && w.words().containsAll(best.words())
                    && w.local() >= FULL_NAME_RATIO * best.local()) {
                full = w;
            }
        }
        return full;
    }

    /** A list answer: the spans of the best one's sentence that fit and weigh nearly as well, in sentence order. */
    static List<AnswerSpan> list(WeighedSpan best, List<WeighedSpan> all) {
        List<AnswerSpan> spans = new ArrayList<>();
        for (WeighedSpan w : all) {
            if (w.sentence() == best.sentence() && w.span().fit() >= LIST_FIT_RATIO * best.span().fit()
                    && w.local() >= LIST_LOCAL_RATIO * best.local() && spans.size() < MAX_LIST) {
                spans.add(w.span());
            }
        }
        return spans;
    }
}
