package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of quantity a question asks for and whether a span is of that kind. */
class QuantitiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            how many fans were at the stade de france?         | fans       | true
            how many people took part in the study?            | people     | true
            how big was the crowd when frankfurt won?          | big        | true
            what was the attendance at the final?              | -          | true
            what is the average crowd at an aflw match?        | -          | true
            how many daily active users did pebble have?       | daily      | false
            how many goals has she scored?                     | goals      | false
            how big is the screen?                             | big        | false
            how much did the crowd pay for tickets?            | -          | false
            """)
    void asksForAHeadCountByItsHeadOrACrowd(String question, String head, boolean people) {
        assertThat(Quantities.asksPeople(question, head)).isEqualTo(people);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how many fans were there?              | 80,065 fans          | 1.3
            how many fans were there?              | 80,065               | 0.0
            how big was the crowd?                 | 80,065               | 1.0
            how big was the crowd?                 | 11 thousand          | 1.0
            how big was the crowd?                 | 35                   | 0.0
            how big was the crowd?                 | 48 years             | 0.0
            how big was the crowd?                 | five goals           | 0.0
            how big was the crowd?                 | $3 million           | 0.0
            how many people took part?             | 110,000 participants | 1.3
            """)
    void aHeadCountIsPeopleOrALargeFigure(String question, String span, double fit) {
        assertThat(Quantities.people(question, span)).isEqualTo(fit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much of a raise did the workers get?     | true
            by how much did sales increase?              | true
            how much did revenue grow?                   | true
            what revenue did nike report?                | false
            how much did kalmus pay for his tesla?       | false
            how much does the test cost?                 | false
            how much did the port agree to raise wages?  | true
            how much will the city raise its fares?      | true
            how much did the startup raise?              | false
            how much did openai raise in its new round?  | false
            """)
    void aPercentageAnswersMoneyOnlyWhenAChangeIsAsked(String question, boolean percent) {
        assertThat(Quantities.percentAnswersMoney(question)).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wednesday 6 december    | 1.3
            last tuesday            | 1.3
            tomorrow                | 1.3
            december 6              | 1.0
            6 december 2023         | 1.0
            nov. 14                 | 1.0
            2023                    | 0.0
            december                | 0.0
            10 years ago            | 0.0
            next week               | 0.0
            """)
    void aWeekdayQuestionTakesAWeekdayOrADayOfTheMonth(String span, double fit) {
        assertThat(Quantities.weekday(span)).isEqualTo(fit);
    }
}
