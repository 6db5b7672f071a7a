package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.testing.DirectAnswers;

/** The terminal shows the direct answer on the first line, then the quotes, then one line per cited article. */
class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    @Test
    void directAnswerFirstThenTheQuotesThenTheSources() {
        String out = renderer.answer(DirectAnswers.compound());

        assertThat(out.lines().toList()).containsExactly(
                "Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]",
                "",
                "The parade on Wednesday (3 Sep 2025) will be hosted by Chinese leader Xi Jinping and is set to be "
                        + "the trio’s first event together. [1] " + DirectAnswers.WHO + " [2]",
                "",
                "[1][2] " + DirectAnswers.TITLE + " — WSJ, 28 Aug 2025 <" + DirectAnswers.URL + ">");
    }

    @Test
    void anAnswerWhoseTextDoesNotLeadWithItGetsTheLineBuiltFromItsParts() {
        Citation c = DirectAnswers.sentence(1, DirectAnswers.WHEN, 0);
        Answer llm = new Answer("Xi hosts the parade on Wednesday [1].", false, List.of(c), List.of(), "llm", 0.8,
                null, Map.of(), List.of(DirectAnswers.part(c, "Wednesday")), null);

        assertThat(renderer.answer(llm))
                .startsWith("Wednesday (3 Sep 2025) [1]\n\nXi hosts the parade on Wednesday [1].\n");
    }

    @Test
    void aMetadataCitationReadsAsTheFieldItQuotes() {
        assertThat(renderer.answer(DirectAnswers.byline())).isEqualTo("Dasl Yoon [1]\n\n[1] Author: Dasl Yoon — "
                + DirectAnswers.TITLE + " — WSJ, 28 Aug 2025 <" + DirectAnswers.URL + ">\n");
    }

    @Test
    void withoutADirectAnswerTheTextIsPrintedAsItIs() {
        Citation c = DirectAnswers.sentence(1, DirectAnswers.WHO, 0);
        Answer quotes = new Answer(DirectAnswers.WHO + " [1]", false, List.of(c), List.of(), "extractive", 0.8, null,
                Map.of(), List.<DirectAnswer>of(), null);

        assertThat(renderer.answer(quotes)).startsWith(DirectAnswers.WHO + " [1]\n\n[1] ");
    }
}
