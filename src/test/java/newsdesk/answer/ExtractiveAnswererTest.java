package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.retrieve.Passage;

/**
 * The offline answerer's contracts over small hand-built passages: verbatim citations, negation, answer types,
 * direct answers, ordering and limits (abstention: {@link ExtractiveAbstentionTest}). Scores are never asserted,
 * only what a reader relies on.
 */
class ExtractiveAnswererTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "What did the council decide about the bridge?",
        "When will the military parade be held?",
        "Who will host the parade?",
        "When did Kim Jong Un arrive in Beijing?"})
    void everyCitationQuotesItsPassageVerbatim(String question) {
        List<Passage> evidence = List.of(from(1, PARADE, "The military parade"), whole(2, BRIDGE), whole(3, PARADE));

        Answer answer = answerer().answer(question, evidence, AnswerListener.NONE);

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).isNotEmpty();
        for (Citation c : answer.citations()) {
            Article article = evidence.stream().map(Passage::article).filter(a -> a.id().equals(c.articleId()))
                    .findFirst().orElseThrow();
            assertThat(article.body().substring(c.start(), c.end())).isEqualTo(c.sentence());
            assertThat(evidence.stream().filter(p -> p.article().id().equals(c.articleId())).map(Passage::text))
                    .anyMatch(text -> text.contains(c.sentence()));
            assertThat(c.kind()).isEqualTo(Citation.Kind.SENTENCE);
        }
    }

    @Test
    void citationsAreNumberedFromOneInTheOrderTheTextUsesThem() {
        Answer answer = ask(answerer(), "What did the council decide about the bridge?", whole(1, BRIDGE));

        List<Integer> markers = new ArrayList<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(answer.text());
        while (m.find()) {
            markers.add(Integer.parseInt(m.group(1)));
        }
        List<Integer> numbers = answer.citations().stream().map(Citation::n).toList();
        assertThat(numbers).isNotEmpty();
        assertThat(markers.stream().distinct().toList()).isEqualTo(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(i + 1);
        }
    }

    private static final Article PROJECT = article("Two teams for the harbour project", "Local Times",
            "Alice Smith will lead the new harbour project office. Bob Jones will lead the new harbour project "
                    + "crews.");

    /** An answerer blending the similarity {@code close} gives (1 for sentences containing it, else 0). */
    private static ExtractiveAnswerer blending(String close) {
        SentenceSimilarity similarity = (question, sentences) -> sentences.stream()
                .mapToDouble(s -> s.contains(close) ? 1 : 0).toArray();
        return new ExtractiveAnswerer(new SentenceSplitter(), ANALYZER, term -> 1.0, term -> true,
                ExtractiveAnswerer.DEFAULT_MIN_CONFIDENCE, 0, ExtractiveAnswerer.DEFAULT_MAX_SENTENCES, new PhraseTagger(),
                similarity);
    }

    @Test
    void sentenceSimilarityDecidesBetweenEquallyWordedSentences() {
        String question = "Who will lead the new harbour project?";

        Answer plain = ask(answerer(), question, whole(1, PROJECT));
        Answer toBob = ask(blending("Bob"), question, whole(1, PROJECT));
        Answer toAlice = ask(blending("Alice"), question, whole(1, PROJECT));

        assertThat(plain.direct()).extracting(DirectAnswer::text).containsExactly("Alice Smith");
        assertThat(toBob.direct()).extracting(DirectAnswer::text).containsExactly("Bob Jones");
        assertThat(toBob.citations().get(0).sentence()).startsWith("Bob Jones");
        assertThat(toAlice.direct()).extracting(DirectAnswer::text).containsExactly("Alice Smith");
    }

    @Test
    void sentenceSimilarityNeverTurnsAnAbstentionIntoAnAnswer() {
        Answer answer = ask(blending("e"), "How many legs does a spider have?", whole(1, WEATHER), whole(2, BRIDGE));

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void theBestSentenceIsQuotedFirst() {
        Answer answer = ask(answerer(), "What did the council decide about the bridge?", whole(1, BRIDGE));

        assertThat(answer.citations().get(0).sentence())
                .isEqualTo("The council decided to rebuild the old bridge over the river.");
        assertThat(answer.confidence()).isEqualTo(1.0);
    }

    @Test
    void aSentenceDenyingTheQuestionRanksBelowTheSameSentenceAffirmingIt() {
        Article summit = article("Summit plans", "Wire",
                "Officials said Trump will not attend the summit in Paris next month. "
                        + "Officials said Trump will attend the summit in Paris next month.");

        Answer answer = ask(answerer(1), "Will Trump attend the summit in Paris?", whole(1, summit));

        assertThat(answer.citations()).extracting(Citation::sentence)
                .containsExactly("Officials said Trump will attend the summit in Paris next month.");
    }

    @Test
    void aNegatedQuestionDoesNotPenaliseTheNegation() {
        Article summit = article("Summit plans", "Wire",
                "Officials said Trump will not attend the summit in Paris next month. "
                        + "Officials said Trump will attend the summit in Paris next month.");

        Answer answer = ask(answerer(1), "Why will Trump not attend the summit in Paris?", whole(1, summit));

        assertThat(answer.citations()).extracting(Citation::sentence)
                .containsExactly("Officials said Trump will not attend the summit in Paris next month.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            When will the military parade be held?  | Wednesday
            Who will host the parade?               | Xi Jinping
            """)
    void aTypedQuestionLeadsWithAVerbatimSpanOfACitedSentence(String question, String expected) {
        Answer answer = ask(answerer(), question, whole(1, PARADE));

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.direct()).isNotEmpty();
        for (DirectAnswer d : answer.direct()) {
            Citation cited = answer.citations().get(d.n() - 1);
            assertThat(cited.n()).isEqualTo(d.n());
            assertThat(cited.sentence().substring(d.start(), d.end())).isEqualTo(d.text());
        }
        assertThat(answer.direct()).extracting(DirectAnswer::text).anyMatch(t -> t.contains(expected));
        assertThat(answer.text()).startsWith(answer.direct().get(0).text());
    }

    @Test
    void anUntypedQuestionGetsQuotesOnly() {
        Answer answer = ask(answerer(), "What did the council decide about the bridge?", whole(1, BRIDGE));

        assertThat(answer.direct()).isEmpty();
        assertThat(answer.text()).startsWith(answer.citations().get(0).sentence());
    }

    @ParameterizedTest(name = "at most {0}")
    @ValueSource(ints = {1, 2, 3})
    void quotesAtMostMaxSentences(int max) {
        Article many = article("Bridge debate", "Local Times",
                "The council debated the bridge plan on Monday evening. "
                        + "Residents told the council the bridge must stay open. "
                        + "A council engineer called the bridge structurally sound. "
                        + "The council chair said the bridge vote comes next week. "
                        + "Protesters outside the council chanted about the bridge.");

        Answer answer = ask(answerer(max), "What did the council say about the bridge?", whole(1, many));

        assertThat(answer.citations()).hasSize(max);
    }

    @Test
    void aMuchWeakerSentenceIsNotQuotedEvenWithRoomLeft() {
        Answer answer = ask(answerer(3), "What did the council decide about the bridge?", whole(1, BRIDGE));

        assertThat(answer.citations()).extracting(Citation::sentence)
                .doesNotContain("The council met late into the night.", "The vote passed by seven to two.");
    }

    @Test
    void theSameSentenceIsNeverQuotedTwice() {
        Answer answer = ask(answerer(3), "What did the council decide about the bridge?", whole(1, BRIDGE),
                from(2, BRIDGE, "The council decided"));

        assertThat(answer.citations()).extracting(Citation::sentence).doesNotHaveDuplicates();
        assertThat(answer.citations()).extracting(c -> c.articleId() + "@" + c.start()).doesNotHaveDuplicates();
    }

    @Test
    void equallyGoodSentencesAreQuotedFromTheBetterRankedPassageFirst() {
        Article first = article("Bridge vote one", "Outlet A",
                "The council decided to rebuild the bridge after a long debate.");
        Article second = article("Bridge vote two", "Outlet B",
                "The council decided to rebuild the bridge after a long debate.");

        // Listed worse rank first: the rank, not the list order, decides.
        Answer answer = ask(answerer(1), "What did the council decide about the bridge?", whole(2, second),
                whole(1, first));

        assertThat(answer.citations()).extracting(Citation::articleId).containsExactly(first.id());
    }

    @Test
    void onlyTheFirstSixPassagesAreRead() {
        List<Passage> evidence = new ArrayList<>();
        for (int rank = 1; rank <= 6; rank++) {
            evidence.add(whole(rank, article("Weather " + rank, "Weather Desk", WEATHER.body())));
        }
        evidence.add(whole(7, BRIDGE));

        Answer answer = answerer().answer("What did the council decide about the bridge?", evidence,
                AnswerListener.NONE);

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.closest()).hasSize(Abstention.MAX_CLOSEST);
    }

    @Test
    void sentencesOfFewerThanFourWordsAreNeverQuoted() {
        Article terse = article("Bridge", "Wire", "Council rebuilds bridge. Nothing else was decided today.");

        Answer answer = ask(answerer(), "What did the council decide about the bridge?", whole(1, terse));

        assertThat(answer.citations()).extracting(Citation::sentence).doesNotContain("Council rebuilds bridge.");
    }

    @Test
    void theListenerHearsCitationsBeforeTheTextAndTheTextInFull() {
        LlmFixtures.Recorder recorder = new LlmFixtures.Recorder();

        Answer answer = answerer().answer("Who will host the parade?", List.of(whole(1, PARADE)), recorder);

        assertThat(recorder.text()).isEqualTo(answer.text());
        assertThat(recorder.citations).isEqualTo(answer.citations());
        assertThat(recorder.calls.get(0)).startsWith("citations");
        assertThat(recorder.calls.get(1)).startsWith("direct");
    }

}
