package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.BRIDGE;
import static newsdesk.answer.ExtractiveFixtures.PARADE;
import static newsdesk.answer.ExtractiveFixtures.ask;
import static newsdesk.answer.ExtractiveFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The extractive answerer with a learned sentence order: the quotes follow it, the direct answer does not. */
class LearnedRankingTest {

    /** Prefers what the lexical order put last: the reverse of the lexical ranks. */
    private static final SentenceRanker REVERSE = ranker("lexRankRecip", -1);

    @Test
    void theQuotesFollowTheLearnedOrder() {
        String question = "Why did the council decide to rebuild the old bridge?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, BRIDGE));
        Answer learned = ask(ExtractiveFixtures.answerer().rankingBy(REVERSE), question, whole(1, BRIDGE));

        assertThat(lexical.abstained()).isFalse();
        assertThat(lexical.citations().get(0).sentence())
                .isEqualTo("The council decided to rebuild the old bridge over the river.");
        assertThat(learned.abstained()).isFalse();
        assertThat(learned.citations().get(0).sentence()).isNotEqualTo(lexical.citations().get(0).sentence());
        assertThat(learned.confidence()).isEqualTo(lexical.confidence());
    }

    @Test
    void theDirectAnswerStillComesFromTheLexicalOrder() {
        String question = "When will the military parade be held?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, PARADE));
        Answer learned = ask(ExtractiveFixtures.answerer().rankingBy(REVERSE), question, whole(1, PARADE));

        assertThat(lexical.direct()).extracting(DirectAnswer::text).containsExactly("Wednesday");
        assertThat(learned.direct()).extracting(DirectAnswer::text).containsExactly("Wednesday");
    }

    @Test
    void aModelThatAgreesWithTheLexicalOrderChangesNothing() {
        String question = "Why did the council decide to rebuild the old bridge?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, BRIDGE));
        Answer same = ask(ExtractiveFixtures.answerer().rankingBy(ranker("score", 1)), question, whole(1, BRIDGE));

        assertThat(same.text()).isEqualTo(lexical.text());
    }

    private static SentenceRanker ranker(String feature, double weight) {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        w[SentenceFeatures.NAMES.indexOf(feature)] = weight;
        return new SentenceRanker(w);
    }
}
