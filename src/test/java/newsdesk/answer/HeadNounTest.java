package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The head noun behind names and numbers, and the role a "who is X's …" question asks for. */
class HeadNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Which Silicon Valley cafe is known for VCs?          | SINGLE | NAMED_THING   | cafe
            Which Alzheimer's drug is approved in Japan?         | SINGLE | NAMED_THING   | drug
            Which two partners supply the content?               | LIST   | NAMED_THING   | partners
            Which Arsenal forward scored at Sevilla?             | SINGLE | PERSON_OR_ORG | forward
            which sevilla striker missed the last kick           | SINGLE | PERSON_OR_ORG | striker
            Which NFL team won on Sunday?                        | SINGLE | NAMED_THING   | team
            Which Premier League club sacked its manager?        | SINGLE | NAMED_THING   | club
            Which cinema chain boss strung bracelets?            | SINGLE | PERSON_OR_ORG | boss
            Which console's support drew the biggest cheer?      | SINGLE | NAMED_THING   | console
            Which countries' leaders will attend?                | LIST   | PLACE         | countries
            In which city was the prize announced?               | SINGLE | PLACE         | city
            Who is France's head coach at the World Cup?         | SINGLE | PERSON_OR_ORG | coach
            Who is the new CEO of Binance?                       | SINGLE | PERSON_OR_ORG | ceo
            Who is going to the parade?                          | LIST   | PERSON_OR_ORG | -
            Who is the only Frenchman with more tries?           | SINGLE | PERSON_OR_ORG | -
            Who are Binance's founders?                          | LIST   | PERSON_OR_ORG | -
            What did OpenAI call its improved model?             | SINGLE | NAMED_THING   | -
            What did the senators call for?                      | SINGLE | OPEN          | -
            What is Nicki Minaj's new album called?              | SINGLE | NAMED_THING   | album
            What is the parade called?                           | SINGLE | PHRASE        | parade
            """)
    void readsTheHeadNounBehindNamesAndNumbers(String question, String shape, AnswerType type, String head) {
        QuestionPart part = QuestionAnalysis.of(question).parts().get(0);
        assertThat(part.type()).isEqualTo(type);
        assertThat(part.head()).isEqualTo(head);
        assertThat(part.list()).isEqualTo(shape.equals("LIST"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Silicon Valley cafe is known     | cafe is known
            Alzheimer's drug is approved     | drug is approved
            two partners supply              | partners supply
            Premier League club              | club
            Binance Coin                     | binance coin
            """)
    void leavesOutTheNamesBeforeTheNoun(String words, String expected) {
        assertThat(HeadNoun.afterNames(words)).isEqualTo(expected);
    }
}
