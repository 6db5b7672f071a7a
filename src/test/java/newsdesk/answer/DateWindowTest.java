package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateWindowTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // question, from, to, year
        "What happened in October? | --10-01 | --10-31 | -",
        "What happened in October 2023? | --10-01 | --10-31 | 2023",
        "What was said before the November 5 report? | - | --11-04 | -",
        "What changed after Oct. 10th? | --10-11 | - | -",
        "What has happened since September? | --09-01 | - | -",
        "Who led the table by December 3, 2023? | - | --12-03 | 2023",
        "What happened during early March? | --03-01 | --03-31 | -",
    })
    void parses(String question, String from, String to, Integer year) {
        assertThat(DateWindow.of(question)).contains(new DateWindow(from == null ? null : MonthDay.parse(from),
                to == null ? null : MonthDay.parse(to), year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Who won the final?", "What may happen next?", "The report on November 31"})
    void noWindow(String question) {
        assertThat(DateWindow.of(question)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} accepts {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "in October | 2023-10-31 | true",
        "in October | 2023-11-01 | false",
        "in October | 2022-10-15 | true",
        "in October 2023 | 2022-10-15 | false",
        "before the November 5 report | 2023-11-04 | true",
        "before the November 5 report | 2023-11-05 | false",
        "since September 2023 | 2024-01-10 | true",
        "since September 2023 | 2023-08-31 | false",
        "before December 2023 | 2022-12-20 | true",
    })
    void accepts(String phrase, String day, boolean accepted) {
        assertThat(DateWindow.of(phrase).orElseThrow().accepts(LocalDate.parse(day))).isEqualTo(accepted);
    }
}
