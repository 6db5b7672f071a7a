package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseSpansTest {

    private static final PhraseTagger TAGGER = new PhraseTagger(16);

    private static List<AnswerSpan> checked(String sentence, AnswerType type, String head) {
        return PhraseSpans.names(TAGGER.of(sentence), AnswerSpans.in(sentence, type), head);
    }

    private static List<String> texts(String sentence, List<AnswerSpan> spans) {
        return spans.stream().map(s -> s.of(sentence)).toList();
    }

    private static List<String> expected(String list) {
        return list == null ? List.of() : Arrays.stream(list.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BEIJING—North Korean leader Kim Jong Un plans to join Russia’s Vladimir Putin at China’s grand parade. | PERSON_OR_ORG | - | Kim Jong Un; Vladimir Putin; China | -
            the Tucson native noted that winning his final game at Arizona Stadium means so much.               | PLACE         | stadium | Tucson; Arizona Stadium | Tucson
            Opetaia’s next fight could be on the Tyson Fury-Oleksandr Usyk card in Riyadh on February 17.      | PERSON_OR_ORG | -      | Opetaia; Tyson Fury-Oleksandr Usyk; Riyadh | Tyson Fury-Oleksandr Usyk
            Fans queued for the Eras Tour film on Friday.                                                       | NAMED_THING   | film   | Eras Tour | -
            Many people also pointed out how fans of the “Bad Blood” singer trade bracelets at Swift’s concerts. | NAMED_THING   | song   | Bad Blood; Swift | Bad Blood
            Fans queued for the Eras Tour film on Friday.                                                       | NAMED_THING   | song   | Eras Tour | Eras Tour
            In 2019 they beat the All Blacks 19-7 to reach the final.                                           | PERSON_OR_ORG | -      | All Blacks | -
            He bought tickets for New York shows that sold out within an hour.                                  | PLACE         | city   | New York | New York
            Loading Australia, who lost last year’s final to Canada, has enjoyed a soft run.                    | PERSON_OR_ORG | -      | Australia; Canada | -
            the late strike secured Jackson his first Champions League hat-trick.                              | PERSON_OR_ORG | -      | Jackson; Champions League | Champions League
            Valve engineer Pierre-Loup Griffais noted that interest remains high.                               | NAMED_THING   | company | Valve; Pierre-Loup Griffais | -
            Richard Teng will be the exchange’s new CEO, Zhao shared in a post on X Tuesday afternoon.          | PERSON_OR_ORG | ceo    | Richard Teng; CEO; Zhao | -
            """)
    void namesAreWholePhrasesAndModifiersWeighLess(String sentence, AnswerType type, String head, String names,
                                                   String modifiers) {
        List<AnswerSpan> spans = checked(sentence, type, head);
        assertThat(texts(sentence, spans)).containsExactlyElementsOf(expected(names));
        List<AnswerSpan> plain = AnswerSpans.in(sentence, type);
        List<String> weak = spans.stream().filter(s -> plain.stream().anyMatch(o -> o.end() == s.end()
                && s.fit() < o.fit())).map(s -> s.of(sentence)).toList();
        assertThat(weak).containsExactlyElementsOf(expected(modifiers));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            A new “safety advisory group” will sit above the technical teams.   | new group | new  | safety advisory group
            The board set up a group on Monday.                                 | new group | new  | -
            The service uses a cheap test to detect pathogens.                  | group     | new  | -
            Spotify launched a new audiobook feature for premium users.         | feature   | new  | audiobook feature
            """)
    void nounPhrasesHeadedByTheQuestionsNoun(String sentence, String head, String asked, String phrases) {
        List<AnswerSpan> spans = PhraseSpans.nounPhrases(TAGGER.of(sentence), head, java.util.Set.of(asked));
        assertThat(texts(sentence, spans)).containsExactlyElementsOf(expected(phrases));
    }

    @Test
    void offsetsStayOffsetsOfTheSentence() {
        String sentence = "“We beat the All Blacks,” said Springboks coach Jacques Nienaber in Paris.";
        for (AnswerSpan span : checked(sentence, AnswerType.PERSON_OR_ORG, null)) {
            assertThat(sentence.substring(span.start(), span.end())).isEqualTo(span.of(sentence)).isNotBlank();
            assertThat(span.of(sentence)).doesNotStartWith(" ").doesNotEndWith(" ");
        }
        assertThat(texts(sentence, checked(sentence, AnswerType.PERSON_OR_ORG, null)))
                .contains("All Blacks", "Jacques Nienaber");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The biggest crowd reaction was PlayStation support actually.  | which,console's,support,got,roblox | 1
            The biggest crowd reaction was PlayStation support actually.  | which,console,got,roblox           | 0
            the Tucson native noted that winning meant so much.             | where,is,he,from                   | 0
            """)
    void aNameModifyingANounOfTheQuestionIsNoModifier(String sentence, String asked, int full) {
        List<AnswerSpan> plain = AnswerSpans.in(sentence, AnswerType.NAMED_THING);
        List<AnswerSpan> spans = PhraseSpans.names(TAGGER.of(sentence), plain, "console",
                java.util.Set.of(asked.split(",")));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).fit() == plain.get(0).fit()).isEqualTo(full == 1);
    }
}
