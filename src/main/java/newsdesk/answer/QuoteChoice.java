package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the ranked candidate sentences an extractive answer quotes: the best, then, in rank order and up to the
 * answer's limit, those that score at least {@code FOLLOW_RATIO} of the best and are not redundant with one already
 * chosen (the same sentence, or more than {@code MAX_TERM_OVERLAP} of the smaller term set shared).
 */
final class QuoteChoice {

    static final double FOLLOW_RATIO = 0.7;
    static final double MAX_TERM_OVERLAP = 0.6;

    private QuoteChoice() {
    }

    static List<ScoredSentence> choose(List<ScoredSentence> ranked, int maxSentences) {
        List<ScoredSentence> chosen = new ArrayList<>();
        ScoredSentence best = ranked.get(0);
        for (ScoredSentence candidate : ranked) {
            if (chosen.size() == maxSentences || candidate.score() < FOLLOW_RATIO * best.score()) {
                break;
            }
            if (chosen.stream().noneMatch(c -> redundant(c, candidate))) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private static boolean redundant(ScoredSentence a, ScoredSentence b) {
        if (a.article().id().equals(b.article().id()) && a.start() == b.start()) {
            return true;
        }
        long shared = b.terms().stream().filter(a.terms()::contains).count();
        return shared > MAX_TERM_OVERLAP * Math.min(a.terms().size(), b.terms().size());
    }
}
