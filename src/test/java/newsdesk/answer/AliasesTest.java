package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasesTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Changpeng Zhao, also known as “CZ,” the founder and CEO of Binance, is stepping down. | Who replaces CZ as Binance's CEO?      | changpeng zhao
            Binance founder Changpeng Zhao (CZ) pleaded guilty on Tuesday.                         | Who replaces CZ as Binance's CEO?      | changpeng zhao
            Changpeng Zhao, also known as “CZ,” the founder and CEO of Binance, is stepping down. | Who replaces Zhao as Binance's CEO?    | -
            The Securities and Exchange Commission (SEC) sued the exchange.                        | Who did the SEC sue?                   | securities and exchange commission
            Richard Teng, Binance’s former global head of regional markets, will be the new CEO.   | Who replaces CZ as Binance's CEO?      | -
            """)
    void namesGlossedByAnAskedName(String sentence, String question, String expected) {
        Set<String> asked = new AskedNames(question).words();
        Set<String> found = new TreeSet<>(Aliases.of(sentence, asked));
        Set<String> words = expected == null ? new TreeSet<>() : DirectAnswers.words(expected);
        words.removeAll(Set.of("and"));
        assertThat(found).isEqualTo(new TreeSet<>(words));
    }
}
