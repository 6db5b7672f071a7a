package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Re-ranks scored sentences by adding their semantic similarity to the question: score + {@link #WEIGHT} × cosine
 * of the question's and the sentence's all-MiniLM-L6-v2 embeddings. The lexical score (IDF-weighted coverage plus
 * the answer-type bonus, about 0.1 to 1.15) stays the main term; the cosine (about 0.2 to 0.8 for sentences of
 * retrieved passages) breaks near ties toward the sentence that means what the question asks. A pure function.
 *
 * <p>{@code WEIGHT} = 0.25 was the best of 0.1, 0.25, 0.5 and 1 on the factoid dev set and on MultiHop-RAG dev; a
 * product cos^γ instead was worse. It also lifts "hosted by Chinese leader Xi Jinping" over the guest list for "Which
 * leaders will attend?" (docs/answers.md, fifth pass).
 */
final class SemanticBlend {

    static final double WEIGHT = 0.25;
    /**
     * Only the best this many sentences by lexical score are blended (and embedded): as many as
     * {@link DirectAnswers} weighs ({@link DirectAnswers#POOL}). On the factoid dev set blending the best 10, 20 or
     * all (34 on average) ranked the sentence holding the expected answer identically.
     */
    static final int BLENDED = DirectAnswers.POOL;

    private SemanticBlend() {
    }

    /**
     * The sentences with blended scores, best first; ties keep the input order. {@code cosines[i]} belongs to
     * {@code sentences.get(i)}; sentences after the last cosine keep their score.
     */
    static List<ScoredSentence> rerank(List<ScoredSentence> sentences, double[] cosines) {
        if (cosines.length > sentences.size()) {
            throw new IllegalArgumentException("at most one cosine per sentence: " + cosines.length + " for "
                    + sentences.size());
        }
        List<ScoredSentence> blended = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            ScoredSentence s = sentences.get(i);
            blended.add(i >= cosines.length ? s : new ScoredSentence(s.article(), s.sentence(), s.start(), s.end(),
                    s.terms(), s.coverage(), s.coveredUnits(), blend(s.score(), cosines[i]), s.contextCoverage()));
        }
        blended.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return blended;
    }

    static double blend(double score, double cosine) {
        return score + WEIGHT * cosine;
    }
}
