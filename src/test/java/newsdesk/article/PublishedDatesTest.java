package newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Aug 28, 2025 04:15 pm IST       | 2025-08-28T16:15+05:30",
        "Aug 28, 2025 12:05 am GMT       | 2025-08-28T00:05Z",
        "Aug 28, 2025 12:05 PM UTC       | 2025-08-28T12:05Z",
        "August 28, 2025 4:15 PM ET      | 2025-08-28T16:15-04:00",
        "Jan 5, 2025 9:00 a.m. ET        | 2025-01-05T09:00-05:00",
        "Jul 4, 2025 9:00 am PT          | 2025-07-04T09:00-07:00",
        "Dec 1, 2025 18:30 PST           | 2025-12-01T18:30-08:00",
        "Sept. 3, 2025, 9:30 p.m. EDT    | 2025-09-03T21:30-04:00",
        "Thu, Aug 28, 2025 10:00 BST     | 2025-08-28T10:00+01:00",
        "28 Aug 2025 10:00 CET           | 2025-08-28T10:00+01:00",
        "Aug 28, 2025 10:00 GMT+5:30     | 2025-08-28T10:00+05:30",
        "Aug 28, 2025 10:00 -0300        | 2025-08-28T10:00-03:00",
        "Aug 28, 2025                    | 2025-08-28T00:00Z",
        "Aug 28, 2025 IST                | 2025-08-28T00:00+05:30",
        "2023-11-27T08:45:59+00:00       | 2023-11-27T08:45:59Z",
        "2023-11-27T08:45:59.250-05:00   | 2023-11-27T08:45:59.250-05:00",
        "2023-11-27T08:45:59Z            | 2023-11-27T08:45:59Z",
        "2023-11-27T08:45:59+0530        | 2023-11-27T08:45:59+05:30",
        "2023-11-27 08:45:59+00:00       | 2023-11-27T08:45:59Z",
        "2023-11-27T08:45                | 2023-11-27T08:45Z",
        "2023-11-27                      | 2023-11-27T00:00Z",
        "2010-01-01 09:32:17 UTC         | 2010-01-01T09:32:17Z",
        "2010-01-01T09:32:17 GMT         | 2010-01-01T09:32:17Z",
        "2019-11-19 05:44 EST            | 2019-11-19T05:44-05:00",
        "2019-07-04 09:00:00 ET          | 2019-07-04T09:00-04:00",
        "2019-11-19 05:44:06 GMT+0530    | 2019-11-19T05:44:06+05:30",
        "Tue Nov 19 2019 05:44:06 GMT+0000 (Coordinated Universal Time) | 2019-11-19T05:44:06Z",
    })
    void parses(String text, String expected) {
        assertThat(PublishedDates.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "Aug 28, 2025 04:15 pm XYZ", "Foo 28, 2025", "Aug 32, 2025",
        "Aug 28, 2025 13:15 pm", "2023-13-01",
        "2010-01-01 09:32:17 XYZ", "2010-02-30 09:32:17 UTC"})
    void rejectsWithTheTextInTheMessage(String text) {
        assertThatThrownBy(() -> PublishedDates.parse(text))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsUnknown(String text) {
        assertThat(PublishedDates.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"Jan, 1", "january, 1", "FEB, 2", "May, 5", "June, 6", "Jun, 6", "July, 7", "Sep, 9", "Sept, 9",
            "September, 9", "oct, 10", "December, 12"})
    void monthNamesAndAbbreviations(String name, int month) {
        assertThat(PublishedDates.monthNamed(name)).hasValue(Month.of(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Ju", "Ma", "Mayday", "Smarch", "Octobers"})
    void notAMonth(String name) {
        assertThat(PublishedDates.monthNamed(name)).isEmpty();
    }
}
