package newsdesk.slack;

import static newsdesk.slack.SlackRendererTest.contextTexts;
import static newsdesk.slack.SlackRendererTest.sectionTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.DirectAnswer;
import newsdesk.slack.SlackSettings.ResponseType;
import newsdesk.testing.DirectAnswers;

/** Slack and Mattermost lead with the direct answer in bold, then the quotes; metadata sources read as fields. */
class DirectAnswerRenderingTest {

    private static final String LINK = "<" + DirectAnswers.URL + "|";

    @Test
    void slackShowsTheDirectAnswerAsABoldFirstSectionThenTheQuotes() {
        ObjectNode message = new SlackRenderer().render(DirectAnswers.compound());

        List<String> sections = sectionTexts(message);
        assertThat(sections.get(0))
                .isEqualTo("*Wednesday (3 Sep 2025) " + LINK + "[1]>; Kim Jong Un " + LINK + "[2]>*");
        assertThat(sections.get(1)).startsWith("The parade on Wednesday (3 Sep 2025) will be hosted")
                .contains("Kim Jong Un plans to join").doesNotContain("*");
        assertThat(message.get("text").asText())
                .startsWith("Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]\n\nThe parade");
    }

    @Test
    void slackEscapesTheDirectAnswerLikeTheQuotes() {
        String sentence = "Shares of <AT&T> rose.";
        Citation c = new Citation(1, "a", "T", "WSJ", null, null, sentence, 0, sentence.length());
        Answer answer = new Answer("<AT&T> [1]\n\n" + sentence + " [1]", false, List.of(c), List.of(),
                "extractive", 0.8, null, Map.of(), List.of(new DirectAnswer("<AT&T>", 1, 10, 16)), null);

        List<String> sections = sectionTexts(new SlackRenderer().render(answer));

        assertThat(sections.get(0)).isEqualTo("*&lt;AT&amp;T&gt; [1]*");
        assertThat(sections.get(1)).isEqualTo("Shares of &lt;AT&amp;T&gt; rose. [1]");
    }

    @Test
    void slackListsAMetadataCitationAsTheFieldItQuotes() {
        ObjectNode message = new SlackRenderer().render(DirectAnswers.byline());

        assertThat(sectionTexts(message)).containsExactly("*Dasl Yoon " + LINK + "[1]>*");
        assertThat(contextTexts(message)).containsExactly(
                "[1] Author: Dasl Yoon — " + LINK + DirectAnswers.TITLE + "> — WSJ, 2025-08-28");
    }

    @Test
    void slackWithoutADirectAnswerIsUnchanged() {
        Citation c = DirectAnswers.sentence(1, DirectAnswers.WHO, 0);
        Answer answer = new Answer(DirectAnswers.WHO + " [1]", false, List.of(c), List.of(), "extractive", 0.8, null,
                Map.of());

        assertThat(sectionTexts(new SlackRenderer().render(answer))).singleElement().asString()
                .startsWith("BEIJING—North Korean leader").doesNotStartWith("*");
    }

    @Test
    void mattermostBoldsTheDirectAnswerLineAndLabelsMetadataSources() {
        String link = "](" + DirectAnswers.URL + ")";
        ObjectNode compound = new MattermostRenderer().render(DirectAnswers.compound(), ResponseType.IN_CHANNEL);
        ObjectNode byline = new MattermostRenderer().render(DirectAnswers.byline(), ResponseType.IN_CHANNEL);

        // Article text is Markdown-escaped (docs/security.md): "\\(" renders as "(".
        assertThat(compound.get("text").asText()).startsWith("**Wednesday \\(3 Sep 2025\\) [[1]" + link
                + "; Kim Jong Un [[2]" + link + "**\n\nThe parade on Wednesday \\(3 Sep 2025\\) will be hosted");
        assertThat(byline.get("text").asText()).isEqualTo("**Dasl Yoon [[1]" + link + "**");
        assertThat(byline.get("attachments").get(0).get("text").asText())
                .isEqualTo("[1] Author: Dasl Yoon — [" + DirectAnswers.TITLE + link + " — WSJ, 2025-08-28");
    }
}
