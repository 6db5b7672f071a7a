package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectationTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did the startup raise?                | $300 million       | 1.3
            How much did the startup raise?                | 12 employees       | 0.0
            How much of a raise did the workers get?       | seven percent      | 1.3
            How old is Louis Brus?                         | 80                 | 1.3
            How old is Louis Brus?                         | 12 patents         | 0.0
            What was the final score?                      | 12-11              | 1.3
            What was the final score?                      | 80,065 fans        | 0.0
            How many trips did Uber complete?              | 27%                | 0.0
            How many trips did Uber complete?              | 2.4 billion trips  | 1.3
            What percentage of voters backed it?           | 54%                | 1.3
            How long is his contract?                      | five years         | 1.3
            How long is his contract?                      | 44                 | 0.0
            How long is his contract?                      | 2022 season        | 0.0
            How big was the crowd?                         | 6-0                | 0.0
            On what day of the week is the parade?         | Wednesday          | 1.3
            On what day of the week is the parade?         | 2023               | 0.0
            On what day of the week did Time name Swift?   | Wednesday 6 December | 1.3
            On what day of the week did Time name Swift?   | December 6         | 1.0
            On what day of the week did Time name Swift?   | 10 years ago       | 0.0
            What day did U.S. Soccer make it official?     | November 14        | 1.0
            How many fans were at the Stade de France?     | 80,065 fans        | 1.3
            How many fans were at the Stade de France?     | 2                  | 0.0
            How many people took part in the study?        | 110,000 participants | 1.3
            How big was the crowd when Frankfurt won?      | 48 years           | 0.0
            How big was the crowd when Frankfurt won?      | 35                 | 0.0
            How big was the crowd when Frankfurt won?      | 80,065             | 1.0
            What was the attendance at the final?          | 80,065             | 1.0
            How many daily active users did Pebble have?   | 3,000 daily        | 1.3
            What revenue did Nike report?                  | 4%                 | 0.0
            What revenue did Nike report?                  | $12.94 billion     | 1.3
            How much did Kalmus pay for his Tesla?         | 90%                | 0.0
            How much does the tampon test cost?            | £99                | 1.3
            How much money does CSK have left?             | ₹31.4 crore        | 1.3
            By how much has Kalmus cut his emissions?      | 90%                | 1.3
            By how much did hate crimes increase?          | 300 percent        | 1.3
            By how much did hate crimes increase?          | 6-4                | 0.0
            By how many points did the Raiders win?        | 38-point loss      | 1.3
            By how many points did the Raiders win?        | 63-21              | 1.3
            What year did Kim last visit China?            | 2019               | 1.3
            When is the parade?                            | next week          | 1.0
            Who is going to the parade?                    | Kim Jong Un        | 1.0
            Who replaces CZ as Binance's CEO?              | Department of Justice | 0.5
            Who replaces CZ as Binance's CEO?              | Richard Teng       | 1.0
            Who is the team's new head coach?              | Minnesota Wild Club | 0.5
            Who bought the startup?                        | Goldman Sachs Bank | 1.0
            Who is the individual accused of fraud?        | Exchange Commission | 0.5
            Who is the individual accused of fraud?        | Sam Bankman-Fried  | 1.0
            Which person was spotted at the stadium?       | Chiefs Club        | 0.5
            Who sued the exchange?                         | Exchange Commission | 1.0
            """)
    void weighsSpansByWhatTheQuestionAsksFor(String question, String span, double factor) {
        QuestionPart part = QuestionAnalysis.of(question).parts().get(0);
        assertThat(Expectation.factor(part, span)).isEqualTo(factor);
    }
}
