package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The learned no-answer decision as a pure function, and as the extractive answerer's hook. */
class LearnedAbstentionTest {

    /** Signals of a well-covered question, with {@code foreignOutlet} and {@code coverage} as given. */
    private static AnswerSignals signals(double foreignOutlet, double coverage) {
        return new AnswerSignals(coverage, coverage, 1, 1, 1, 1, 1, 1, 1, 0.7, 1, 0.8, 1, 1, 1, 1, 4, 1, 1, 0, 0.7,
                foreignOutlet);
    }

    @ParameterizedTest(name = "foreignOutlet {0}, coverage {1}")
    @CsvSource({"0, 1.0, false", "0, 0.2, false", "1, 1.0, true", "1, 0.2, true"})
    void theFittedModelAbstainsWhenTheQuestionCitesAnUnreadPublisher(double foreign, double coverage,
                                                                     boolean abstains) {
        assertThat(LearnedAbstention.fitted().abstains(signals(foreign, coverage))).isEqualTo(abstains);
    }

    @Test
    void everyFittedWeightNamesASignal() {
        assertThat(signals(0, 1).values().keySet()).containsAll(LearnedAbstention.WEIGHTS.keySet());
        assertThat(signals(0, 1).values()).hasSize(AnswerSignals.class.getRecordComponents().length);
    }

    @ParameterizedTest(name = "coverage {0}")
    @CsvSource({"0.1, 0.917, true", "0.5, 0.5, true", "0.9, 0.083, false"})
    void isALogisticRegressionOverNamedSignals(double coverage, double probability, boolean abstains) {
        LearnedAbstention model = new LearnedAbstention(Map.of("coverage", -6.0), 3.0, 0.5);

        assertThat(model.probability(signals(0, coverage))).isCloseTo(probability, org.assertj.core.data.Offset
                .offset(0.001));
        assertThat(model.abstains(signals(0, coverage))).isEqualTo(abstains);
    }

    @Test
    void refusesAThresholdOutsideTheOpenUnitIntervalAndUnknownSignals() {
        assertThatThrownBy(() -> new LearnedAbstention(Map.of(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
        LearnedAbstention typo = new LearnedAbstention(Map.of("coverge", 1.0), 0, 0.5);
        assertThatThrownBy(() -> typo.probability(signals(0, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** A long question (its names are not all required in the answering sentence) citing another publisher. */
    @Test
    void theAnswererReportsItsSignalsAndAbstainsWhenTheDecisionSaysSo() {
        String cites = "According to a Bloomberg article on the trip of Kim Jong Un to Beijing, when will the "
                + "military parade be held in Tiananmen Square?";
        String names = cites.replace("Bloomberg", "Wall Street Journal");
        List<AnswerSignals> reported = new ArrayList<>();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void onSignals(AnswerSignals s) {
                reported.add(s);
            }

            @Override
            public boolean wantsSignals() {
                return true;
            }
        };

        Answer plain = answerer().answer(cites, List.of(whole(1, PARADE)), listener);
        ExtractiveAnswerer deciding = answerer().abstainingBy(LearnedAbstention.fitted());
        Answer decided = deciding.answer(cites, List.of(whole(1, PARADE)), AnswerListener.NONE);
        Answer named = deciding.answer(names, List.of(whole(1, PARADE)), AnswerListener.NONE);

        assertThat(plain.abstained()).isFalse();
        assertThat(reported).singleElement().extracting(AnswerSignals::foreignOutlet).isEqualTo(1.0);
        assertThat(decided.abstained()).isTrue();
        assertThat(decided.text()).isEqualTo(Abstention.TEXT);
        assertThat(named.abstained()).isFalse();
        assertThat(named.text()).contains("Wednesday");
    }
}
