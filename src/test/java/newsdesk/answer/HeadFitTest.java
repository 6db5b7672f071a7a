package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The head noun and the question's verb constrain which name answers. */
class HeadFitTest {

    private static double weight(String question, String sentence, String name) {
        QuestionPart part = QuestionAnalysis.of(question).parts().get(0);
        int start = sentence.indexOf(name);
        AnswerSpan span = new AnswerSpan(start, start + name.length(), part.type(), 1);
        return HeadFit.head(part, sentence, span) * HeadFit.factor(part, sentence, span);
    }

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            In which city did Belgium beat England?  | England began on the front foot in Leuven with a free-kick.              | Leuven         | 1.0
            In which city did Belgium beat England?  | Belgium sit two points behind Netherlands in the group.                   | Netherlands    | 0.3
            In which city did Belgium beat England?  | Tessa Wullaert’s brace fired Belgium to a win.                            | Tessa Wullaert | 0.5
            Which country hosts the summit?          | The summit opens in Egypt on Monday.                                      | Egypt          | 1.3
            Which referee was booed in the final?    | They beat the All Blacks 19-7 to reach the final.                        | All Blacks     | 0.5
            Which referee was booed in the final?    | Wayne Barnes, who was booed relentlessly, called a scrum reset.          | Wayne Barnes   | 1.0
            Who will Australia play in the final?    | Italy beat Serbia to reach the final.                                     | Italy          | 2.5
            Who hit the winning six against England? | It was South Africa away, India and England at home.                    | South Africa   | 1.0
            Who did Liverpool beat at Anfield?       | Liverpool beat Toulouse and France at Anfield.                            | France         | 2.5
            Who will join Xi Jinping at the parade?  | Kim Jong Un plans to join Putin at China’s grand military parade.        | China          | 1.0
            Who did Liverpool beat at Anfield?       | They beat Toulouse before France’s fans.                                  | France         | 1.0
            Who founded the company?                 | It was founded in Norway by two engineers.                                | Norway         | 1.0
            Which group counted the journalists?     | The count came after Israel began its bombardment.                        | Israel         | 0.3
            Which team won the World Cup?            | South Africa won the World Cup.                                           | South Africa   | 1.0
            Which Silicon Valley cafe is known for VCs? | At Red Rock Coffee, the café known for spotting VCs, people talk.     | Red Rock Coffee | 1.5
            Which Silicon Valley cafe is known for VCs? | Venture capitalist John Doerr, as well as Max Tegmark, attended.      | John Doerr     | 1.0
            Who is Michigan State's new head coach?  | Michigan State has hired Jonathan Smith as its next football coach.      | Jonathan Smith | 1.2
            Which leaders will attend?               | North Korean leader Kim Jong Un plans to attend.                          | Kim Jong Un    | 1.2
            Which stadium hosted the game?           | They played at Arizona Stadium on Saturday.                              | Arizona Stadium | 1.2
            """)
    void weighsNamesByTheHeadNounAndTheVerb(String question, String sentence, String name, double expected) {
        assertThat(weight(question, sentence, name)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
}
