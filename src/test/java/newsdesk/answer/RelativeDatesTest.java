package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative dates resolved against the publication date, and the ones that must be left alone. */
class RelativeDatesTest {

    /** Thursday 28 Aug 2025, 4:15 pm IST: the seed article about the Beijing parade. */
    private static final String THURSDAY = "2025-08-28T16:15+05:30";

    /** Each row: publication, sentence, the resolved expressions as "span=date" joined by "; " ('-' for none). */
    @ParameterizedTest(name = "[{index}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // bare weekdays: the tense cue before the expression, else the first after it
        THURSDAY + " | The parade on Wednesday will be hosted by Chinese leader Xi Jinping.  | Wednesday=2025-09-03",
        THURSDAY + " | Beijing revealed Kim’s inclusion on Thursday when it unveiled the list. | Thursday=2025-08-28",
        THURSDAY + " | Xi is set to host the leaders on Monday.                             | Monday=2025-09-01",
        THURSDAY + " | The ministry said on Monday that talks had stalled.                 | Monday=2025-08-25",
        THURSDAY + " | Officials will meet on Monday, the ministry said.                   | Monday=2025-09-01",
        THURSDAY + " | On Tuesday, the central bank will announce its decision.           | Tuesday=2025-09-02",
        THURSDAY + " | Markets were calm on Tuesday.                                       | Tuesday=2025-08-26",
        THURSDAY + " | The results will be announced on Friday.                            | Friday=2025-08-29",
        THURSDAY + " | The vote is scheduled for Saturday.                                 | Saturday=2025-08-30",
        THURSDAY + " | Trump won’t be attending on Friday.                                 | Friday=2025-08-29",
        THURSDAY + " | He’ll arrive Sunday.                                                | Sunday=2025-08-31",
        THURSDAY + " | Kim arrived on Tuesday and will leave on Saturday. | Tuesday=2025-08-26; Saturday=2025-08-30",
        // no tense cue: only the publication's own weekday
        THURSDAY + " | Officials meet Thursday in Geneva.                                  | Thursday=2025-08-28",
        // "next" / "last" weekday: only when both readings agree (the adjacent ISO week)
        THURSDAY + " | The summit opens next Tuesday.                                      | next Tuesday=2025-09-02",
        THURSDAY + " | The index fell last Thursday.                                       | last Thursday=2025-08-21",
        THURSDAY + " | The vote will be held next week, on Monday.                         | Monday=2025-09-01",
        // day words, in the publication's own offset
        THURSDAY + " | Shares fell yesterday.                                              | yesterday=2025-08-27",
        THURSDAY + " | Results are due tomorrow.                                           | tomorrow=2025-08-29",
        THURSDAY + " | Tomorrow, the court rules; tonight it sits late. | Tomorrow=2025-08-29; tonight=2025-08-28",
        THURSDAY + " | The talks end the day after tomorrow.                       | the day after tomorrow=2025-08-30",
        THURSDAY + " | Yesterday’s vote was close.                                         | Yesterday=2025-08-27",
        "2025-08-28T23:30-04:00 | Shares fell yesterday.                                 | yesterday=2025-08-27",
        // must NOT be resolved
        THURSDAY + " | The talks resume Friday.                                            | -",
        THURSDAY + " | The summit opens next Friday.                                       | -",
        THURSDAY + " | Shares fell last Wednesday.                                         | -",
        THURSDAY + " | Wednesday’s parade will be the largest yet.                         | -",
        THURSDAY + " | Stores will open early on Black Friday.                             | -",
        THURSDAY + " | The Sunday Times reported the deal.                                 | -",
        THURSDAY + " | The market was closed on Wednesdays.                                | -",
        THURSDAY + " | He met her every Thursday.                                          | -",
        THURSDAY + " | The parade on Wednesday, Sept. 3, will be large.                    | -",
        THURSDAY + " | The leaders of tomorrow will gather.                                | -",
        THURSDAY + " | Talks will continue next week.                                      | -",
        THURSDAY + " | Sales fell last month.                                              | -",
        THURSDAY + " | Fans will gather this weekend.                                      | -",
        THURSDAY + " | Earlier this year, profits rose.                                    | -",
        THURSDAY + " | It will reopen this Friday.                                         | -",
        "2025-09-01T09:00Z | The vote will be held next week on Wednesday.                | -",
        "2025-09-01T09:00Z | The vote was held last week on Wednesday.                    | Wednesday=2025-08-27"})
    void resolvesOnlyWhatIsUnambiguous(String published, String sentence, String expected) {
        List<ResolvedDate> dates = RelativeDates.resolve(sentence, OffsetDateTime.parse(published));

        String actual = dates.stream().map(d -> sentence.substring(d.start(), d.end()) + "=" + d.date())
                .collect(Collectors.joining("; "));
        assertThat(actual.isEmpty() ? "-" : actual).isEqualTo(expected);
    }

    @Test
    void nothingWithoutAPublicationDate() {
        assertThat(RelativeDates.resolve("The parade on Wednesday will be hosted by Xi.", null)).isEmpty();
    }

    @Test
    void formatsDayShortMonthYear() {
        assertThat(RelativeDates.format(LocalDate.of(2025, 9, 3))).isEqualTo("3 Sep 2025");
        assertThat(RelativeDates.format(LocalDate.of(2024, 12, 25))).isEqualTo("25 Dec 2024");
    }

    @Test
    void annotatesEachResolvedDateAndKeepsTheSentenceOtherwise() {
        String sentence = "Kim arrived on Tuesday and will leave on Saturday.";
        List<ResolvedDate> dates = RelativeDates.resolve(sentence, OffsetDateTime.parse(THURSDAY));

        assertThat(RelativeDates.annotate(sentence, dates))
                .isEqualTo("Kim arrived on Tuesday (26 Aug 2025) and will leave on Saturday (30 Aug 2025).");
        assertThat(RelativeDates.annotate(sentence, List.of())).isEqualTo(sentence);
    }
}
