package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newsdesk.answer.DirectAnswer;

class AnswerMatchTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "Sam Bankman-Fried’s TRIAL!         | sam bankman fried s trial",
            "raised $1,200,000 in 2023          | raised 1200000 in 2023",
            "a 1,5 split and 12,34              | a 1 5 split and 12 34",
            "up 20% or 20 per cent              | up 20 percent or 20 percent",
            "$1.2bn, then 3tn                   | 1 2 billion then 3 trillion",
            "on Sept. 6th and 3 Oct             | on september 6 and october 3",
            "2023-10-24T16:32:09+00:00          | october 24 2023",
            "by 2023-13-40, 12 May 2024         | by 2023 13 40 may 12 2024",
            "won 3 of 4 in 32 December          | won 3 of 4 in 32 december",
            "a dec of 4 and the Mar 3rd race    | a dec of 4 and the march 3 race",
            "Jan Koum, 10am                     | jan koum 10 am",
            "worth $US4.5 billion, M3 chip      | worth us 4 5 billion m 3 chip",
            "the 4th estate, the bn             | the 4 estate the bn",
    })
    void canonicalForm(String text, String expected) {
        assertThat(AnswerMatch.canonical(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] contains [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "It was Sam Bankman-Fried, the founder.     | sam bankman fried  | true",
            "No, the articles disagree.                 | no                 | true",
            "The notice was posted.                     | no                 | false",
            "Googlers were surprised.                   | Google             | false",
            "Its revenue was $1.2 billion.              | 1.2 billion        | true",
            "Its revenue was 1.2 billion dollars.       | $1.2 billion       | true",
            "Its revenue was $1.2bn.                    | $1.2 billion       | true",
            "Its revenue was $1.25 billion.             | 1.2 billion        | false",
            "Its revenue was $11.2 billion.             | 1.2 billion        | false",
            "About 1,200 jobs go.                       | 1200 jobs          | true",
            "Net worth of $US4.5 billion.               | 4.5 billion        | true",
            "It paid A$513m.                            | $513m              | true",
            "About 1200 jobs go.                        | 1,200              | true",
            "Shares fell 7%.                            | 7 percent          | true",
            "Shares fell 7 per cent.                    | 7%                 | true",
            "Shares fell 17%.                           | 7%                 | false",
            "It opens Sept. 6.                          | September 6        | true",
            "It opens on 6 September.                   | Sep 6              | true",
            "It opens on 16 September.                  | Sep 6              | false",
            "Published 2023-10-24T16:32:09Z.            | Oct 24             | true",
            "Published 2023-10-24.                      | October 24, 2023   | true",
            "Published 24 Oct 2023.                     | October 24, 2023   | true",
            "Published 2023-10-24.                      | 24 October         | true",
            "Published 2023-10-24.                      | October 2          | false",
            "It opened October 3rd, 2023.               | October 3, 2023    | true",
            "It opened October 31, 2023.                | October 3          | false",
            "'  '                                       | anything           | false",
    })
    void containsOnWordBoundariesWithNumberTolerance(String text, String expected, boolean result) {
        assertThat(AnswerMatch.contains(text, List.of(expected))).isEqualTo(result);
    }

    @Test
    void anyOfSeveralExpectedStringsButNeverABlankOne() {
        assertThat(AnswerMatch.contains("It was Altman.", List.of("Sam Altman", "Altman"))).isTrue();
        assertThat(AnswerMatch.contains("Anything at all.", List.of("", "  ..."))).isFalse();
        assertThat(AnswerMatch.contains(null, List.of("x"))).isFalse();
        assertThat(AnswerMatch.contains("Anything.", List.of())).isFalse();
    }

    @Test
    void directAnswerPartsAreJoinedAndResolvedDatesWrittenOut() {
        List<DirectAnswer> parts = List.of(
                new DirectAnswer("Wednesday", 1, 10, 19, LocalDate.of(2023, 9, 6)),
                new DirectAnswer("Kim Jong Un", 2, 0, 11));
        String direct = AnswerMatch.directText(parts);
        assertThat(direct).isEqualTo("Wednesday (6 September 2023); Kim Jong Un");
        assertThat(AnswerMatch.contains(direct, List.of("Sept. 6"))).isTrue();
        assertThat(AnswerMatch.contains(direct, List.of("6 Sep 2023"))).isTrue();
        assertThat(AnswerMatch.contains(direct, List.of("2023-09-06"))).isTrue();
        assertThat(AnswerMatch.contains(direct, List.of("Wednesday"))).isTrue();
        assertThat(AnswerMatch.contains(direct, List.of("Thursday"))).isFalse();
        assertThat(AnswerMatch.directText(List.of())).isEmpty();
    }
}
