package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerSpansTest {

    private static List<String> spans(String sentence, AnswerType type) {
        return AnswerSpans.in(sentence, type).stream().map(s -> s.of(sentence)).toList();
    }

    private static List<String> expected(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BEIJING—North Korean leader Kim Jong Un plans to join Russia’s Vladimir Putin at China’s grand parade. | Kim Jong Un; Vladimir Putin; China
            A summit between President Trump and Xi before the end of the year is possible.                      | Trump; Xi
            Sam Bankman-Fried said he had made mistakes at FTX.                                                   | Sam Bankman-Fried; FTX
            The Verge reported that OpenAI fired Sam Altman on Friday.                                            | Verge; OpenAI; Sam Altman
            In one sign of the frayed ties, China and North Korea skipped major celebrations.                     | China; North Korea
            the leaders of countries including Iran, Pakistan, Malaysia and Indonesia attend.                     | Iran; Pakistan; Malaysia; Indonesia
            He met Putin recently in Alaska to discuss the war in Ukraine.                                        | Putin; Alaska; Ukraine
            prices rose by five percent in the quarter, analysts said.                                             | -
            Three scientists won the Nobel Prize on Wednesday.                                                    | Nobel Prize
            Through his questioning, Senator Menendez pressed the bank chiefs.                                    | Menendez
            Having battled to a narrow win, England began on the front foot.                                      | England
            Another app that spun out from Twitter shut down.                                                     | Twitter
            FTX was a fraud, the Securities and Exchange Commission alleges, and Binance agreed.                  | FTX; Securities and Exchange Commission; Binance
            The Food and Drug Administration approved it.                                                         | Food and Drug Administration
            Then markets cheered when Fed Chair Paul Volcker spoke, and Apple CEO Tim Cook agreed.             | Fed; Paul Volcker; Apple; Tim Cook
            Then House Majority Leader Steve Scalise met Martin Luther King Jr. fans.                             | House Majority; Steve Scalise; Martin Luther King Jr.
            They were compared by Kim and Putin.                                                                  | Kim; Putin
            Then officials from Iran and Pakistan Foreign Office met.                                             | Iran; Pakistan Foreign Office
            The Committee to Protect Journalists reports that 30 journalists have been killed.                   | Committee to Protect Journalists
            He wrote to Stuttgart when Chris Fuhrich of Stuttgart was called up.                                  | Stuttgart; Chris Fuhrich of Stuttgart
            AAP De Minaur, Popyrin power Australia into Davis Cup final.                                          | De Minaur; Popyrin; Australia; Davis Cup
            Then Arsenal 4-0 PSV Oct. 3 Lens 2-1 Arsenal Nov. 8.                                                  | Arsenal; PSV; Lens; Arsenal
            """)
    void findsNamesWithoutTitlesOpenersModifiersOrCalendarWords(String sentence, String names) {
        List<String> found = spans(sentence, AnswerType.PERSON_OR_ORG);
        assertThat(found).containsExactlyElementsOf(expected(names));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            He met Putin recently in Alaska to discuss the war in Ukraine. | Alaska
            Xi Jinping will host the summit.                               | -
            One Portland, Maine-based startup is buying homes.             | Portland, Maine
            Opetaia won the fight in Riyadh, Saudi Arabia on Saturday.     | Riyadh, Saudi Arabia
            """)
    void placesFitPlaceQuestionsBest(String sentence, String best) {
        List<AnswerSpan> spans = AnswerSpans.in(sentence, AnswerType.PLACE);
        List<String> full = spans.stream().filter(s -> s.fit() == 1.0).map(s -> s.of(sentence)).limit(1).toList();
        assertThat(full).containsExactlyElementsOf(expected(best));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            One Portland, Maine-based startup is buying homes.      | Portland, Maine
            The tour stops in France, Germany and Italy.            | France; Germany; Italy
            The tour stops in Paris, Lyon, France and Rome.         | Paris; Lyon; France; Rome
            Smith, Texas and Jones said the vote was close.         | Smith; Texas; Jones
            The firm moved from Austin, Texas to Paris, France.     | Austin, Texas; Paris, France
            """)
    void joinsCityAndStateButNotLists(String sentence, String places) {
        assertThat(spans(sentence, AnswerType.PLACE)).containsExactlyElementsOf(expected(places));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The parade on Wednesday will be hosted by Chinese leader Xi Jinping.          | Wednesday
            The launch is set for Nov. 17, 2023, at 8 a.m. ET.                             | Nov. 17, 2023; 8 a.m. ET
            It was his first visit to China since 2019.                                    | 2019
            Kim plans to join Putin at the parade in Beijing next week.                    | next week
            On 3 September 2025 troops marched; the plan was announced in May.            | 3 September 2025; May
            The company raised $300 million in 2021.                                       | 2021
            Talks may resume, but no date was set.                                         | -
            They met last Tuesday morning.                                                 | last Tuesday morning
            Hayes will take charge next May, after the Chelsea season.                     | next May
            The act was first proposed in April 2021 and agreed in mid-December.          | April 2021; mid-December
            """)
    void findsDatesAndNotTheWordMay(String sentence, String dates) {
        assertThat(spans(sentence, AnswerType.DATE)).containsExactlyElementsOf(expected(dates));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The company raised $300 million in 2021.                                       | $300 million
            Shares fell 4.5% after the report.                                             | 4.5%
            thousands of troops march past Tiananmen Square.                               | thousands of troops
            The Chiefs won 31-17 on Sunday.                                                | 31-17
            He could reach 2,000-plus receiving yards this season.                        | 2,000-plus receiving yards
            The deal was signed on August 20, 2025 in Beijing.                             | -
            It was his first visit to China since 2019.                                    | -
            Revenue of $596.3M beat estimates and it ended with $3B in cash.              | $596.3M; $3B
            Chennai Super Kings (CSK): ₹31.4 crore.                                        | ₹31.4 crore
            Tickets cost Rs 500 at the gate.                                               | Rs 500
            In the 1980s, Ekimov, 78, and Brus, 80, honed the theory.                     | 78; 80
            They blew a 27-point lead and signed a 12-year, $325 million deal.            | 27-point; 12-year; $325 million
            The 27-year-old scored twice in the final.                                    | 27-year-old
            """)
    void findsNumbersWithTheirUnitsButNotDates(String sentence, String numbers) {
        assertThat(spans(sentence, AnswerType.NUMBER)).containsExactlyElementsOf(expected(numbers));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What happened at the parade?
            """)
    void openQuestionsHaveNoSpans(String sentence) {
        assertThat(AnswerSpans.in(sentence, AnswerType.OPEN)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Who got a first call-up?   | call-ups went to Kevin Behrens of Union Berlin and Chris Fuhrich of Stuttgart. | Kevin Behrens; Chris Fuhrich
            Who runs the bank?         | The Royal Bank of Canada and the Church of England agreed.                             | Royal Bank of Canada; Church of England
            Who runs it?               | Then officials of the United States of America met.                                   | United States of America
            Which drug is approved?    | A second drug, donanemab, is expected to follow soon.                                  | donanemab
            Which company makes it?    | A second drug, donanemab, is expected to follow soon.                                  | -
            Which album is out?        | Then “Pink Friday 2,” the sequel to Pink Friday, dropped.                             | Pink Friday 2; Pink
            """)
    void takesSpansForTheQuestionPart(String question, String sentence, String names) {
        QuestionPart part = QuestionAnalysis.of(question).parts().get(0);
        assertThat(AnswerSpans.in(sentence, part).stream().map(s -> s.of(sentence)).toList())
                .containsExactlyElementsOf(expected(names));
    }
}
