package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTaggerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia’s Vladimir Putin won't go.       | Russia ’s Vladimir Putin wo n't go .
            It raised $1.5 billion, or 5,000 units. | It raised $ 1.5 billion , or 5,000 units .
            The 7.4-inch screen of the U.S. model   | The 7.4 - inch screen of the U.S . model
            Sam Bankman-Fried met AT&T’s CEO.       | Sam Bankman-Fried met AT&T ’s CEO .
            in the 94th minute with 5G phones       | in the 94th minute with 5G phones
            """)
    void splitsPennStyleTokens(String sentence, String tokens) {
        List<String> found = PhraseTagger.tokens(sentence).stream().map(t -> sentence.substring(t[0], t[1])).toList();
        assertThat(String.join(" ", found)).isEqualTo(tokens);
    }

    @Test
    void tagsAndChunksASentence() {
        String sentence = "North Korean leader Kim Jong Un plans to join Russia’s Vladimir Putin in Beijing next week.";
        Phrases phrases = new PhraseTagger(4).of(sentence);
        int kim = phrases.tokenAt(sentence.indexOf("Kim"));
        assertThat(phrases.tokens().get(kim).tag()).isEqualTo("NNP");
        assertThat(phrases.tokens().get(phrases.tokenAt(sentence.indexOf("plans"))).verb()).isTrue();
        Phrases.Chunk np = phrases.chunkOf(kim);
        assertThat(np.type()).isEqualTo("NP");
        assertThat(sentence.substring(phrases.tokens().get(np.first()).start(), phrases.tokens().get(np.last() - 1).end()))
                .isEqualTo("North Korean leader Kim Jong Un");
    }

    @Test
    void aCachedSentenceIsTheSameResultAndTheCacheIsBounded() {
        PhraseTagger tagger = new PhraseTagger(2);
        Phrases first = tagger.of("Xi Jinping hosted the parade.");
        assertThat(tagger.of("Xi Jinping hosted the parade.")).isSameAs(first);
        tagger.of("Putin attended.");
        tagger.of("Kim attended too.");
        assertThat(tagger.of("Xi Jinping hosted the parade.")).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void loadReadsTheModelsBeforeAnySentence() {
        PhraseTagger tagger = new PhraseTagger(2);
        assertThat(tagger.loaded()).isFalse();

        tagger.load();

        assertThat(tagger.loaded()).isTrue();
        assertThat(tagger.of("Putin attended.").tokens()).hasSize(3);
    }
}
