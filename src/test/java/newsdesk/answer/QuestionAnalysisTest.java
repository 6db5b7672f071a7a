package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionAnalysisTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Who is going to the parade?                                  | PERSON_OR_ORG | true  | -
            Which leaders will attend?                                   | PERSON_OR_ORG | true  | leaders
            Who will join Xi Jinping at the parade?                      | PERSON_OR_ORG | true  | -
            Who is the individual facing a criminal trial for fraud?     | PERSON_OR_ORG | false | -
            Which player returned to play for Inter Miami?               | PERSON_OR_ORG | false | player
            On what day of the week is the parade?                       | DATE          | false | weekday
            When will SpaceX launch Starship again?                      | DATE          | false | -
            What year did Kim last visit China?                          | DATE          | false | year
            At what time does the match kick off?                        | DATE          | false | time
            How much did the startup raise?                              | NUMBER        | false | -
            How many troops will march past Tiananmen Square?            | NUMBER        | false | troops
            By how many points did the Chiefs win?                       | NUMBER        | false | points
            What percentage of voters backed the measure?                | NUMBER        | false | percentage
            What was Meltwater's revenue last year?                      | NUMBER        | false | revenue
            What was Bill Kenwright's net worth?                         | NUMBER        | false | worth
            What is Jai Opetaia's unbeaten record now?                   | NUMBER        | false | unbeaten record
            What was the final series scoreline in the T20s?             | NUMBER        | false | scoreline
            What is the average crowd at an AFLW match?                  | NUMBER        | false | crowd
            What record did Taylor Swift break?                          | PHRASE        | false | record
            How many years has he been in office?                        | NUMBER        | false | years
            Where did Trump meet Putin?                                  | PLACE         | false | -
            Which countries' leaders will join Xi at the parade?         | PLACE         | true  | countries
            In which city is the summit held?                            | PLACE         | false | city
            Which company was sued for antitrust violations?             | NAMED_THING   | false | company
            What is the name of the organization that created ChatGPT?  | NAMED_THING   | false | -
            Which online betting platform offers a $1000 bonus?          | NAMED_THING   | false | platform
            Which cinema chain boss was stringing friendship bracelets?  | PERSON_OR_ORG | false | boss
            Which Premier League club sacked its manager?                | NAMED_THING   | false | club
            Which tech company CEO testified in the trial?               | PERSON_OR_ORG | false | ceo
            Which company's CEO testified in the trial?                  | NAMED_THING   | false | company
            Which investor led the round?                                | PERSON_OR_ORG | false | investor
            What institution did investors hope would stop its hikes?    | NAMED_THING   | false | institution
            What entities change their betting lines?                    | NAMED_THING   | true  | entities
            Which tech giant was sued?                                   | NAMED_THING   | false | tech
            What company makes the Kindle?                               | NAMED_THING   | false | company
            What happened at the parade?                                 | OPEN          | false | -
            Why did North Korea send troops?                             | OPEN          | false | -
            How did the market react?                                    | OPEN          | false | -
            What will the parade commemorate?                            | OPEN          | false | -
            Is Trump attending the parade?                               | OPEN          | false | -
            Does the Verge article say the same as TechCrunch?           | OPEN          | false | -
            What did the judge say about the trial?                      | OPEN          | false | -
            What testing technology does the tampon use?                 | PHRASE        | false | testing technology
            What new feature did Spotify launch?                         | PHRASE        | false | new feature
            What is the new group OpenAI set up to check AI called?      | PHRASE        | false | new group
            What is the parade called?                                   | PHRASE        | false | parade
            """)
    void findsTheExpectedAnswerType(String question, AnswerType type, boolean list, String head) {
        QuestionAnalysis analysis = QuestionAnalysis.of(question);
        assertThat(analysis.parts()).hasSize(1);
        QuestionPart part = analysis.parts().get(0);
        assertThat(part.type()).isEqualTo(type);
        assertThat(part.list()).isEqualTo(list);
        assertThat(part.head()).isEqualTo(head);
        assertThat(analysis.field()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Who wrote the article about the parade?                      | author
            Who wrote the TechCrunch piece about the layoffs?            | author
            Which reporter covered the trial for The Verge?              | author
            Which outlet reported that Kim will attend?                  | source
            What publication ran the story on Sam Altman?                | source
            When did Fortune report on the OpenAI board?                 | publishedAt
            When did Fortune publish the story on Sam Altman?            | publishedAt
            When was the article about the parade published?             | publishedAt
            Where can I read the story about the parade?                 | url
            What is the link to the parade article?                      | url
            When did Kim last visit China?                               | -
            Who reported symptoms after the vaccine?                     | -
            When will the parade take place?                             | -
            Where did the leaders meet?                                  | -
            """)
    void findsQuestionsAboutTheArticleItself(String question, String field) {
        assertThat(QuestionAnalysis.of(question).field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            When is the parade and who is going?                 | When is the parade         | DATE          | who is going                 | PERSON_OR_ORG
            Where is the summit, and when does it start?         | Where is the summit        | PLACE         | when does it start           | DATE
            How much did it raise? Who led the round?            | How much did it raise      | NUMBER        | Who led the round            | PERSON_OR_ORG
            Who won; by how many points?                         | Who won                    | PERSON_OR_ORG | by how many points           | NUMBER
            """)
    void splitsCompoundQuestionsIntoParts(String question, String first, AnswerType firstType, String second,
                                          AnswerType secondType) {
        QuestionAnalysis analysis = QuestionAnalysis.of(question);
        assertThat(analysis.parts()).extracting(QuestionPart::text).containsExactly(first, second);
        assertThat(analysis.parts()).extracting(QuestionPart::type).containsExactly(firstType, secondType);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was in charge and why did it fail?     | 2
            Did Apple and Google settle?                | 1
            Which leaders and officials will attend?    | 1
            Who won the match between Arsenal and Chelsea? | 1
            """)
    void splitsOnlyWhereANewQuestionStarts(String question, int parts) {
        assertThat(QuestionAnalysis.of(question).parts()).hasSize(parts);
    }
}
