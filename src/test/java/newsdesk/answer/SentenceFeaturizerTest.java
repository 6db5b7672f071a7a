package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.PARADE;
import static newsdesk.answer.ExtractiveFixtures.WEATHER;
import static newsdesk.answer.ExtractiveFixtures.whole;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.retrieve.Passage;

/**
 * The ranking features of candidate sentences as a table, read through the extractive answerer's hook for the
 * evaluation's candidates file: question, sentence (its start), feature, value.
 */
class SentenceFeaturizerTest {

    @ParameterizedTest(name = "{0} / {1}: {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            // a date that is not the question's word, next to its focus ("held")
            "When will the parade be held? | The military parade | typedSpan | 1",
            "When will the parade be held? | The military parade | focus     | 1",
            // within the first 300 characters of its article
            "When will the parade be held? | The military parade | lead      | 1",
            // no date in it: no span
            "When will the parade be held? | Xi Jinping will     | typedSpan | 0",
            // the article's first sentence opens it; its passage was retrieved first
            "When will the parade be held? | Kim Jong Un arrived | lead         | 1",
            "When will the parade be held? | Kim Jong Un arrived | passageRecip | 1",
            "When will the parade be held? | Kim Jong Un arrived | passageCos   | 0.7",
            // a name the question does not hold answers "who"; the question's own name does not
            "Who will host the parade?                  | Xi Jinping will | typedSpan | 1",
            "Who will host the parade with Xi Jinping and Vladimir Putin? | Xi Jinping will | typedSpan | 0",
            // an open question has no expected type
            "Why is the parade held in Tiananmen Square? | The military parade | typedSpan | 0",
            "Why is the parade held in Tiananmen Square? | The military parade | typed     | 0",
            "When will the parade be held?               | The military parade | typed     | 1",
            // the second passage's sentence
            "When will the parade be held? | Temperatures will | passageRecip | 0.5",
            "When will the parade be held? | Temperatures will | bestArticle  | 0",
    })
    void measures(String question, String sentence, String feature, double expected) {
        List<SentenceFeatures> seen = new ArrayList<>();
        AnswerListener listener = new AnswerListener() {
            @Override
            public void onCandidates(List<SentenceFeatures> candidates) {
                seen.addAll(candidates);
            }

            @Override
            public boolean wantsCandidates() {
                return true;
            }
        };
        List<Passage> evidence = List.of(whole(1, PARADE, 0.7), whole(2, WEATHER, 0.6));
        ExtractiveFixtures.answerer().answer(question, evidence, listener);
        SentenceFeatures candidate = seen.stream().filter(c -> c.sentence().startsWith(sentence.strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate " + sentence + " in " + seen));
        assertThat(candidate.values().get(SentenceFeatures.NAMES.indexOf(feature))).isEqualTo(expected);
    }
}
