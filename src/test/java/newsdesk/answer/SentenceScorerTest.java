package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;
import newsdesk.index.LexicalIndex;

/** Question coverage weighted by IDF, names as one unit, the answer-type bonus and the question's focus. */
class SentenceScorerTest {

    /** The production analysis (Lucene's English analyser). */
    private static final Function<String, List<String>> ANALYZER = new LexicalIndex()::analyze;
    private static final ToDoubleFunction<String> FLAT = term -> 1.0;

    private static SentenceScorer scorer(String question) {
        return new SentenceScorer(question, ANALYZER, FLAT);
    }

    private static double coverage(SentenceScorer scorer, String sentence) {
        return scorer.coverage(scorer.terms(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What did the council decide about the bridge?     | 3
            When did Kim Jong Un arrive in Beijing?           | 3
            Who is Xi Jinping meeting in Beijing?             | 3
            Who is going to the parade?                       | 2
            How many people attended the parade?              | 3
            Who is Kim Jong Un?                               | 1
            """)
    void aRunOfCapitalisedWordsIsOneUnitAndQuestionWordsAreNone(String question, int units) {
        assertThat(scorer(question).unitCount()).isEqualTo(units);
    }

    @Test
    void anyWordOfANameCoversItOnce() {
        SentenceScorer scorer = scorer("When did Kim Jong Un arrive in Beijing?");

        assertThat(scorer.coveredUnits(scorer.terms("Kim arrived by train."))).isEqualTo(2);
        assertThat(scorer.coveredUnits(scorer.terms("Kim Jong Un arrived by train."))).isEqualTo(2);
        assertThat(coverage(scorer, "Kim arrived by train."))
                .isEqualTo(coverage(scorer, "Kim Jong Un arrived by train."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The weather was sunny and warm all weekend.              | 0
            The council met on Monday.                               | 1
            The council met to discuss the bridge on Monday.         | 2
            The council decided to rebuild the bridge on Monday.     | 3
            """)
    void coverageGrowsWithTheUnitsASentenceHasFromNothingToAll(String sentence, int units) {
        SentenceScorer scorer = scorer("What did the council decide about the bridge?");
        Set<String> terms = scorer.terms(sentence);

        assertThat(scorer.coveredUnits(terms)).isEqualTo(units);
        double coverage = scorer.coverage(terms);
        assertThat(coverage).isBetween(0.0, 1.0);
        if (units == 0) {
            assertThat(coverage).isZero();
        } else if (units == scorer.unitCount()) {
            assertThat(coverage).isEqualTo(1.0);
        } else {
            assertThat(coverage).isStrictlyBetween(0.0, 1.0);
        }
    }

    @Test
    void addingAQuestionTermNeverLowersCoverage() {
        SentenceScorer scorer = scorer("What did the council decide about the bridge?");

        assertThat(coverage(scorer, "The council met to discuss the bridge."))
                .isGreaterThan(coverage(scorer, "The council met on Monday."))
                .isGreaterThan(coverage(scorer, "The mayor met on Monday."));
    }

    @Test
    void aRareTermWeighsMoreThanACommonOne() {
        SentenceScorer scorer = new SentenceScorer("What did the council decide about the bridge?", ANALYZER,
                term -> term.startsWith("bridg") ? 4.0 : term.startsWith("council") ? 0.2 : 1.0);

        assertThat(coverage(scorer, "Engineers inspected the bridge."))
                .isGreaterThan(coverage(scorer, "The council met on Monday."));
    }

    @Test
    void aTermWithNoIdfStillCounts() {
        SentenceScorer scorer = new SentenceScorer("What did the council decide about the bridge?", ANALYZER,
                term -> 0.0);

        assertThat(coverage(scorer, "The council met on Monday.")).isGreaterThan(0);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            When is the parade?                   | The parade is on Wednesday.                 | true
            When is the parade?                   | The parade was first held in 2015.          | true
            When is the parade?                   | The parade is in Beijing.                   | false
            What year did Kim last visit China?   | Kim last visited China in 2019.             | true
            How many people attended the parade?  | About 50,000 people attended the parade.    | true
            How many people attended the parade?  | Three people attended the parade.           | true
            How many people attended the parade?  | Many people attended the parade.            | false
            Who will attend the parade?           | Kim Jong Un will attend the parade.         | true
            Who is Kim Jong Un meeting?           | Kim Jong Un is meeting in Beijing.          | false
            Who is Kim Jong Un meeting?           | Kim Jong Un is meeting Vladimir Putin.      | true
            Why did the bridge close?             | The bridge closed on Monday in 2019.        | false
            """)
    void theAnswerTypeIsWhatTheQuestionAsksFor(String question, String sentence, boolean has) {
        assertThat(scorer(question).hasAnswerType(sentence)).isEqualTo(has);
    }

    @Test
    void aSentenceWithTheAnswerTypeScoresAboveOneWithoutAtTheSameCoverage() {
        SentenceScorer scorer = scorer("When is the parade?");
        String dated = "The parade is on Wednesday.";
        String undated = "The parade is in Beijing.";

        assertThat(coverage(scorer, dated)).isEqualTo(coverage(scorer, undated));
        assertThat(scorer.score(dated, scorer.terms(dated))).isGreaterThan(scorer.score(undated,
                scorer.terms(undated)));
        assertThat(scorer.score(undated, scorer.terms(undated))).isEqualTo(coverage(scorer, undated));
    }

    @Test
    void theAnswerTypeAloneScoresNothing() {
        SentenceScorer scorer = scorer("When is the parade?");
        String offTopic = "Shares fell on Wednesday.";

        assertThat(scorer.hasAnswerType(offTopic)).isTrue();
        assertThat(scorer.score(offTopic, scorer.terms(offTopic))).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many people attended the parade?   | true
            How much did the startup raise?        | true
            How long is his contract?              | true
            How old is Louis Brus?                 | true
            How far is the stadium?                | true
            How did the startup raise money?       | false
            When is the parade?                    | false
            """)
    void asksForAQuantity(String question, boolean quantity) {
        assertThat(scorer(question).asksForQuantity()).isEqualTo(quantity);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much was Smith paid?    | Smith was paid $2 million by the club.   | true
            How much was Smith paid?    | Smith joined the club in 2019.           | false
            Who is Kim Jong Un?         | Kim Jong Un arrived in Beijing.          | true
            """)
    void aSentenceNamingTheQuestionsPeopleButNotWhatItAsksDoesNotCoverItsFocus(String question, String sentence,
                                                                             boolean covers) {
        SentenceScorer scorer = scorer(question);

        assertThat(scorer.coversFocus(scorer.terms(sentence))).isEqualTo(covers);
    }

    @Test
    void theFocusMayStandJustBeforeTheSentence() {
        SentenceScorer scorer = scorer("How much was Smith paid?");
        String paid = "Smith was paid handsomely by the club. He got $2 million.";
        String joined = "Smith joined the club last year. He got $2 million.";

        assertThat(scorer.answersFocus(last(paid))).isTrue();
        assertThat(scorer.answersFocus(last(joined))).isFalse();
    }

    /** The body's last sentence, "He got $2 million.", scored as the answerer would. */
    private static ScoredSentence last(String body) {
        Article article = Article.of("Club news", "Daily", null, OffsetDateTime.parse("2025-09-01T12:00:00Z"),
                "https://example.com/" + body.hashCode(), body);
        String sentence = "He got $2 million.";
        int start = body.indexOf(sentence);
        return new ScoredSentence(article, sentence, start, start + sentence.length(),
                Set.copyOf(ANALYZER.apply(sentence)), 0.5, 1, 0.5, 0.5);
    }
}
