package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.article.Article;

/**
 * When the offline answerer says the articles don't say: off-topic and semantically distant questions, names no
 * article mentions, a missing answer type, no evidence; each abstention lists the closest coverage.
 */
class ExtractiveAbstentionTest {

    @Test
    void anOffTopicQuestionAbstainsListingTheClosestCoverage() {
        Answer answer = ask(answerer(), "How many legs does a spider have?", whole(1, WEATHER), whole(2, BRIDGE));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).isEqualTo(Abstention.TEXT);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.confidence()).isZero();
        assertThat(answer.closest()).extracting(Coverage::articleId).containsExactly(WEATHER.id(), BRIDGE.id());
    }

    @Test
    void sharedWordsDoNotAnswerWhenNoPassageIsSemanticallyClose() {
        String question = "What did the council decide about the bridge?";

        Answer far = ask(judging(0.5, Set.of()), question, whole(1, BRIDGE, 0.1), whole(2, WEATHER, 0.05));
        Answer near = ask(judging(0.5, Set.of()), question, whole(1, BRIDGE, 0.8), whole(2, WEATHER, 0.05));
        Answer unknown = ask(judging(0.5, Set.of()), question, whole(1, BRIDGE), whole(2, WEATHER));

        assertThat(far.abstained()).isTrue();
        assertThat(far.closest()).extracting(Coverage::articleId).containsExactly(BRIDGE.id(), WEATHER.id());
        assertThat(near.abstained()).isFalse();
        assertThat(unknown.abstained()).as("passages without a similarity are not judged by it").isFalse();
    }

    @Test
    void aQuestionNamingSomethingNoArticleMentionsAbstainsSayingSo() {
        Answer answer = ask(judging(0, Set.of("zorblax")), "What did Zorblax decide about the bridge?",
                whole(1, BRIDGE));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.text()).contains("“Zorblax”");
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.closest()).extracting(Coverage::articleId).containsExactly(BRIDGE.id());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "How many people watched the parade in Tiananmen Square?",
        "Who built the old bridge over the river?"})
    void aQuestionWhoseAnswerTypeNoSentenceSuppliesAbstains(String question) {
        Article noNumbers = article("Parade crowds", "Wire",
                "Crowds of people watched the parade in Tiananmen Square under grey skies. "
                        + "The old bridge over the river was built by local workers long ago.");

        Answer answer = ask(answerer(), question, whole(1, noNumbers));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.confidence()).as("the closest sentence's coverage is kept").isGreaterThan(0);
    }

    @Test
    void anAbstentionAnnouncesNoCitations() {
        LlmFixtures.Recorder recorder = new LlmFixtures.Recorder();

        Answer answer = answerer().answer("How many legs does a spider have?", List.of(whole(1, WEATHER)), recorder);

        assertThat(recorder.calls).containsExactly(answer.text());
    }

    @Test
    void noEvidenceAbstains() {
        Answer answer = answerer().answer("What did the council decide about the bridge?", List.of(),
                AnswerListener.NONE);

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.closest()).isEmpty();
    }
}
