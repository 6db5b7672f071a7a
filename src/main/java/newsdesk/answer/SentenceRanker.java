package newsdesk.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A learned order of the best candidate sentences: a linear model over their {@link SentenceFeatures} (weights
 * fitted offline by {@code scripts/fit-ranker.py}: a pairwise logistic model that scores a sentence holding the
 * expected answer above one of the same question that does not; docs/answers.md, eighth pass). The first
 * {@link #RANKED} sentences by lexical score are put in the model's order; each keeps its text and terms but takes the lexical score of the place it moves to, so the scale
 * that {@link QuoteChoice} reads stays the lexical one. The extractive answerer quotes by this order for questions
 * that expect a typed answer (the training questions were nearly all typed); its direct answers still weigh spans by
 * the lexical order. A pure function of its inputs.
 */
public final class SentenceRanker {

    /** Only the best this many sentences by lexical score are re-ordered: as many as {@link DirectAnswers} weighs. */
    static final int RANKED = DirectAnswers.POOL;

    /**
     * Raw-unit weights in {@link SentenceFeatures#NAMES} order, fitted on the training sets only (factoid dev and
     * MultiHop-RAG dev inference half A) by {@code python3 scripts/fit-ranker.py --model pairwise --l2 10}.
     */
    static final double[] WEIGHTS = {4.0046, -0.5749, 5.4885, -1.2796, 0.1191, 2.4559, 2.7986, 0.4102, 0.6950,
        -0.5475, 0.6348, 0.5410, -1.3614, -0.3700, -0.3069, -0.5656, 2.9746, -1.9111, 0.9625, 0.8920, 0.0000};

    private final double[] weights;

    /** A ranker with one weight per {@link SentenceFeatures#NAMES} (the model's bias does not change an order). */
    public SentenceRanker(double[] weights) {
        if (weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException(SentenceFeatures.NAMES.size() + " weights expected, got "
                    + weights.length);
        }
        this.weights = weights.clone();
    }

    /** The fitted model (the constants above). */
    public static SentenceRanker fitted() {
        return new SentenceRanker(WEIGHTS);
    }

    /** The model's score of one feature vector. */
    double score(double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }

    /**
     * The sentences with the first {@code features.size()} in the model's order (ties keep the lexical order), each
     * taking the score of the place it moves to; the rest unchanged.
     */
    List<ScoredSentence> rerank(List<ScoredSentence> ranked, List<double[]> features) {
        int n = features.size();
        Integer[] order = new Integer[n];
        double[] model = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            model[i] = score(features.get(i));
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -model[i]));
        List<ScoredSentence> out = new ArrayList<>(ranked.size());
        for (int place = 0; place < n; place++) {
            ScoredSentence s = ranked.get(order[place]);
            out.add(new ScoredSentence(s.article(), s.sentence(), s.start(), s.end(), s.terms(), s.coverage(),
                    s.coveredUnits(), ranked.get(place).score(), s.contextCoverage()));
        }
        out.addAll(ranked.subList(n, ranked.size()));
        return out;
    }

    /**
     * Hands the best sentences' features to a listener that wants them, then re-orders them by {@code ranker}
     * when it is not null.
     */
    static List<ScoredSentence> apply(SentenceRanker ranker, SentenceFeaturizer featurizer,
                                      List<ScoredSentence> ranked, AnswerListener listener) {
        List<double[]> features = featurizer.of(ranked, RANKED);
        if (listener.wantsCandidates()) {
            List<SentenceFeatures> out = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                out.add(new SentenceFeatures(ranked.get(i).sentence(),
                        Arrays.stream(features.get(i)).boxed().toList()));
            }
            listener.onCandidates(out);
        }
        return ranker == null ? ranked : ranker.rerank(ranked, features);
    }
}
