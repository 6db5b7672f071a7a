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
            On what day of the week is the parade?         | 2023               | 0.5
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
