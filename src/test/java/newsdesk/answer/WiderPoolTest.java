package newsdesk.answer;

import static newsdesk.answer.ExtractiveFixtures.answerer;
import static newsdesk.answer.ExtractiveFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/**
 * A typed question whose retrieved sentences hold no span of its kind looks at the rest of the best article, and takes
 * only a span of the very kind it asks for; otherwise it still abstains.
 */
class WiderPoolTest {

    private static final Article NOBEL = article("Quantum dot pioneers win the Nobel prize in chemistry", "AP",
            "The Nobel prize in chemistry went to three scientists for quantum dots. The second winner is chemist "
                    + "Louis Brus of Columbia University. The prize committee praised the quantum dots and their "
                    + "colours. Dots are now used in screens and lamps. In the 1980s, Ekimov, 78, and Brus, 80, honed "
                    + "the theory behind them. The crowd at the lecture hall cheered for 48 years of work. "
                    + "The ceremony will be held on Sunday, December 10 in Stockholm.");
    private static final Article FINAL = article("Springboks beat All Blacks in the Rugby World Cup final", "Sport",
            "South Africa beat New Zealand in the Rugby World Cup final at the Stade de France. The Rugby World Cup "
                    + "final at the Stade de France was tense. Rain poured down on the evening. Yet, nothing was "
                    + "going to dampen this evening as 80,065 fans poured in. It was their fourth title in 28 years.");

    /** Only the article's first two sentences are retrieved. */
    private static List<Passage> firstSentences(Article article) {
        String body = article.body();
        int end = body.indexOf(". ", body.indexOf(". ") + 2) + 1;
        return List.of(new Passage(1, 1.0, article, article.id() + "#0", body.substring(0, end), 0, end, Double.NaN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            How old is Nobel winner Louis Brus?                              | 80
            How many fans were at the Stade de France for the World Cup final? | 80,065 fans
            How many goals did Brus score for Columbia University?          | -
            How much did the Nobel prize in chemistry pay Louis Brus?        | -
            """)
    void takesASpanOfTheAskedKindFromTheRestOfTheArticleOrAbstains(String question, String direct) {
        Article article = question.contains("Stade") ? FINAL : NOBEL;
        Answer answer = answerer().answer(question, firstSentences(article), AnswerListener.NONE);
        if (direct == null) {
            assertThat(answer.abstained()).isTrue();
        } else {
            assertThat(answer.direct()).extracting(DirectAnswer::text).containsExactly(direct);
            assertThat(answer.citations().get(0).sentence()).contains(direct);
        }
    }
}
