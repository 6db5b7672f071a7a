package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;

/** Span choice: closeness to the question's focus words, tense, the fullest name, runners-up. */
class DirectAnswersTest {

    private static final Article STORY = Article.of("Cubic Telecom gets SoftBank money", "TechCrunch", null,
            OffsetDateTime.parse("2023-12-04T10:00:00Z"), "https://example.com/cubic", "x");

    private static ScoredSentence sentence(String text, double score) {
        Set<String> terms = new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return new ScoredSentence(STORY, text, 0, text.length(), terms, score, 2, score, score);
    }

    private static List<String> answer(String question, ScoredSentence... sentences) {
        List<String> texts = new ArrayList<>();
        for (DirectAnswers.Pick pick : DirectAnswers.find(QuestionAnalysis.of(question), List.of(sentences),
                question)) {
            pick.spans().forEach(span -> texts.add(span.of(pick.sentence().sentence())));
        }
        return texts;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who stays on as CEO of Cubic Telecom after the SoftBank deal? | ceo,deal,stays
            Who made the final call to hire Emma Hayes?                    | call,final,hire,made
            How much is SoftBank paying for its majority stake?            | majority,paying,stake
            Which leaders will attend?                                     | attend
            """)
    void theFocusIsWhatTheQuestionAsksAboutItsNames(String question, String focus) {
        assertThat(SentenceScorer.focusWords(question)).containsExactlyInAnyOrder(focus.split(","));
    }

    @Test
    void theNameNextToTheQuestionsVerbIsTheAnswerNotTheOneNextToItsNames() {
        assertThat(answer("Who stays on as CEO of Cubic Telecom after the SoftBank deal?",
                sentence("Daichi Nozaki, SoftBank’s SVP of global business, will join the board of Cubic Telecom.",
                        0.7),
                sentence("Barry Napier will stay on as CEO and will have a seat on the board.", 0.5)))
                .containsExactly("Barry Napier");
    }

    @Test
    void aFutureQuestionIsNotAnsweredByAPastForm() {
        ScoredSentence past = sentence("While Xi attended the Victory Day gathering in Moscow in May, others stayed.",
                0.6);
        ScoredSentence plan = sentence("North Korean leader Kim Jong Un plans to join Vladimir Putin at the parade.",
                0.4);
        assertThat(answer("Which leaders will attend?", past, plan)).contains("Kim Jong Un").doesNotContain("Xi");
        AnswerSpan xi = new AnswerSpan(6, 8, AnswerType.PERSON_OR_ORG, 1);
        assertThat(Closeness.of(past.sentence(), xi, Set.of("attend"), Set.of("attend"), false))
                .isGreaterThan(0.85);
        assertThat(Closeness.of(past.sentence(), xi, Set.of("attend"), Set.of("attend"), true))
                .isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Then Jackson completed his hat-trick late on.      | 5  | 12 | hat-trick | true
            Then Jackson completed his hat-trick late on.      | 5  | 12 | trick     | true
            Then Jackson won a first-round knockout late on.   | 5  | 12 | round     | true
            Then Jackson completed his hat-trick late on.      | 5  | 12 | hatter    | false
            Then Jackson completed his hat-trick late on.      | 5  | 12 | tricks    | true
            """)
    void aHyphenatedWordIsOneWordAndItsParts(String sentence, int start, int end, String focus, boolean near) {
        AnswerSpan jackson = new AnswerSpan(start, end, AnswerType.PERSON_OR_ORG, 1);
        double closeness = Closeness.of(sentence, jackson, Set.of(focus), Set.of(focus), false);
        if (near) {
            assertThat(closeness).isGreaterThan(0.75);
        } else {
            assertThat(closeness).isEqualTo(0.5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tessa Wullaert’s brace fired Belgium to a 3-2 win. | 0  | 14 | scored   | true
            Google's acquisition of Fitbit closed.             | 0  | 6  | acquired | true
            Tessa Wullaert’s coach praised the brace.          | 0  | 14 | scored   | false
            Tessa Wullaert scored a brace.                     | 0  | 14 | scored   | false
            """)
    void aPossessiveBeforeTheQuestionsVerbIsItsAgent(String sentence, int start, int end, String focus,
                                                     boolean agent) {
        AnswerSpan name = new AnswerSpan(start, end, AnswerType.PERSON_OR_ORG, 0.5);
        assertThat(Closeness.agent(sentence, name, Set.of(focus))).isEqualTo(agent);
    }

    @Test
    void thePossessiveAgentOutweighsAnotherNameOfItsSentence() {
        assertThat(answer("Who is the player who scored twice for Belgium against England?",
                sentence("Tessa Wullaert’s brace fired Belgium past England, after a save by Nicky Evrard.", 0.6)))
                .containsExactly("Tessa Wullaert");
    }

    @Test
    void aNameHoldingTheQuestionsHeadNounIsWhatItAsksForEvenWithTheQuestionsName() {
        ScoredSentence game = sentence("The Wildcats won the senior day game on Saturday at Arizona Stadium, blowing "
                + "out Utah.", 0.6);
        assertThat(answer("Which stadium hosted Arizona's senior day win over Utah?", game))
                .containsExactly("Arizona Stadium");
        assertThat(answer("Which team hosted Arizona's senior day win over Utah?", game))
                .doesNotContain("Arizona Stadium");
    }

    @Test
    void aNameGlossedAsTheAskedOneAndAnOrganisationForAPersonsRoleAreNoAnswers() {
        String first = "Changpeng Zhao, also known as “CZ,” the founder and CEO of Binance, is stepping down after "
                + "a probe by the Department of Justice.";
        String second = "Richard Teng, Binance’s former global head of regional markets, will be the exchange’s new "
                + "CEO, Zhao shared in a post on X Tuesday afternoon.";
        Article story = Article.of("Binance to pay $4.3B in fines", "TechCrunch", null,
                OffsetDateTime.parse("2023-11-21T10:00:00Z"), "https://example.com/binance", first + " " + second);
        ScoredSentence gloss = new ScoredSentence(story, first, 0, first.length(), Set.of(), 0.8, 2, 0.8, 0.8);
        ScoredSentence named = new ScoredSentence(story, second, first.length() + 1, story.body().length(),
                Set.of(), 0.8, 2, 0.8, 0.8);
        assertThat(answer("Who replaces CZ as Binance's CEO?", gloss, named)).containsExactly("Richard Teng");
    }

    @Test
    void aWhenWillQuestionIsNotAnsweredByAPastEvent() {
        assertThat(answer("When will the bridge close for repairs?",
                sentence("The city opened the bridge on Monday after six years of construction.", 0.8),
                sentence("The bridge replaces a 1950s ferry crossing and is expected to carry 38,000 vehicles.",
                        0.6)))
                .isEmpty();
        assertThat(answer("When will the bridge close for repairs?",
                sentence("The bridge will close for repairs next May, the city said.", 0.6)))
                .containsExactly("next May");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1950s        | true
            last week    | true
            two days ago | true
            2021         | true
            next May     | false
            2024         | false
            Monday       | false
            """)
    void datesBeforeTheArticleArePast(String span, boolean past) {
        assertThat(Tense.past(span, STORY)).isEqualTo(past);
    }

    @Test
    void aSingleNameIsGivenInItsFullestForm() {
        assertThat(answer("Who is the person accused of fraud by prosecutors in the FTX trial?",
                sentence("Prosecutors said Bankman-Fried is accused of fraud at FTX.", 0.8),
                sentence("Sam Bankman-Fried, the founder of FTX, faces a criminal trial.", 0.5)))
                .containsExactly("Sam Bankman-Fried");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who is the CEO of Pebble, the app formerly called T2?   | Who is the CEO of Pebble
            Who founded Meltwater, the media monitoring company?    | Who founded Meltwater
            Who is going to the parade?                            | Who is going to the parade?
            In Paris, who won?                                     | In Paris, who won?
            Which company, having been sued by the FTC for its pricing of the Prime programme, is the article about? | Which company, having been sued by the FTC for its pricing of the Prime programme, is the article about?
            """)
    void anAppositionSaysWhichThingNotWhatIsAsked(String question, String asked) {
        assertThat(DirectAnswers.beforeApposition(question)).isEqualTo(asked);
    }

    @Test
    void theAnswerStandsNextToWhatIsAskedNotNextToTheApposition() {
        assertThat(answer("Who is the CEO of Pebble, the app formerly called T2?",
                sentence("Pebble, a Twitter app formerly called T2, has shut down, its CEO said.", 1.0),
                sentence("Competition was to blame, says co-founder and CEO Gabor Cselle, who started Pebble"
                        + " (formerly T2).", 0.6)))
                .containsExactly("Gabor Cselle");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stays   | stay
            leading | lead
            scored  | scor
            goals   | goal
            met     | met
            """)
    void endingsAreStripped(String word, String stem) {
        assertThat(Closeness.stem(word)).isEqualTo(stem);
    }
}
