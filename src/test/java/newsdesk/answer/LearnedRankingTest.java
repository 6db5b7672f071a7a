package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.BRIDGE;
import static newsdesk.answer.ExtractiveFixtures.PARADE;
import static newsdesk.answer.ExtractiveFixtures.ask;
import static newsdesk.answer.ExtractiveFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The extractive answerer with a learned sentence order: the quotes of a typed question follow it, its direct answer
 * does not, and an open question keeps the lexical order (the model was fitted on typed questions).
 */
class LearnedRankingTest {

    /** Prefers what the lexical order put last: the reverse of the lexical ranks. */
    private static final SentenceRanker REVERSE = ranker("lexRankRecip", -1);

    @Test
    void theQuotesOfATypedQuestionFollowTheLearnedOrderAndTheDirectAnswerDoesNot() {
        String question = "Who will host the military parade?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, PARADE));
        Answer learned = ask(ExtractiveFixtures.answerer().rankingBy(REVERSE), question, whole(1, PARADE));

        assertThat(lexical.direct()).extracting(DirectAnswer::text).containsExactly("Xi Jinping", "Vladimir Putin");
        assertThat(learned.direct()).extracting(DirectAnswer::text).containsExactly("Xi Jinping", "Vladimir Putin");
        assertThat(learned.citations()).extracting(Citation::sentence)
                .isNotEqualTo(lexical.citations().stream().map(Citation::sentence).toList());
        assertThat(learned.confidence()).isEqualTo(lexical.confidence());
    }

    @Test
    void anOpenQuestionKeepsTheLexicalOrder() {
        String question = "Why did the council decide to rebuild the old bridge?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, BRIDGE));
        Answer learned = ask(ExtractiveFixtures.answerer().rankingBy(REVERSE), question, whole(1, BRIDGE));

        assertThat(lexical.abstained()).isFalse();
        assertThat(learned.text()).isEqualTo(lexical.text());
    }

    @Test
    void aModelThatAgreesWithTheLexicalOrderChangesNothing() {
        String question = "Who will host the military parade?";
        Answer lexical = ask(ExtractiveFixtures.answerer(), question, whole(1, PARADE));
        Answer same = ask(ExtractiveFixtures.answerer().rankingBy(ranker("score", 1)), question, whole(1, PARADE));

        assertThat(same.text()).isEqualTo(lexical.text());
    }

    private static SentenceRanker ranker(String feature, double weight) {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        w[SentenceFeatures.NAMES.indexOf(feature)] = weight;
        return new SentenceRanker(w);
    }
}
