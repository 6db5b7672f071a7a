package newsdesk.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim will attend. Putin will too.                                   | Kim will attend.|Putin will too.
            It seeks to upend the U.S.-led order. Trump won't attend.          | It seeks to upend the U.S.-led order.|Trump won't attend.
            U.S. officials met on Friday. They agreed.                         | U.S. officials met on Friday.|They agreed.
            Is it over? No, it is not!                                         | Is it over?|No, it is not!
            Headline without a period                                          | Headline without a period |
            """)
    void splitsAtSentenceEnds(String text, String first, String second) {
        List<String> expected = second == null ? List.of(first.strip()) : List.of(first.strip(), second.strip());
        assertThat(sentences(text.strip())).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void paragraphBreaksEndSentencesAndSpansQuoteTheOriginalText() {
        String text = "FILE PHOTO: soldiers at a parade\n\nThe parade on Wednesday.  It was large.\n";
        List<Span> spans = splitter.split(text);
        assertThat(spans).extracting(s -> s.of(text))
                .containsExactly("FILE PHOTO: soldiers at a parade", "The parade on Wednesday.", "It was large.");
        for (Span span : spans) {
            assertThat(Character.isWhitespace(text.charAt(span.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \n")).isEmpty();
    }
}
