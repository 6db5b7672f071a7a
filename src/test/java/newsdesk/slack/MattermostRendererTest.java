package newsdesk.slack;

import static newsdesk.slack.Answers.abstained;
import static newsdesk.slack.Answers.answered;
import static newsdesk.slack.Answers.citation;
import static newsdesk.slack.Answers.coverage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import newsdesk.slack.SlackSettings.ResponseType;

class MattermostRendererTest {

    private final MattermostRenderer renderer = new MattermostRenderer();

    @Test
    void answerIsMarkdownWithLinkedMarkersAndASourcesAttachment() {
        ObjectNode message = renderer.render(answered("Xi hosted [1]. Kim came [2].",
                citation(1, "Parade [live]", "https://e.x/a(1)"), citation(2, "No link", null)),
                ResponseType.IN_CHANNEL);

        assertThat(message.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(message.get("text").asText()).isEqualTo("Xi hosted [[1]](https://e.x/a%281%29). Kim came [2].");
        assertThat(message.get("attachments")).hasSize(1);
        assertThat(message.get("attachments").get(0).get("title").asText()).isEqualTo("Sources");
        assertThat(message.get("attachments").get(0).get("text").asText()).isEqualTo(
                "[1] [Parade \\[live\\]](https://e.x/a%281%29) — WSJ, 2025-08-28\n"
                        + "[2] **No link** — WSJ, 2025-08-28");
    }

    @Test
    void abstentionListsClosestCoverage() {
        ObjectNode message = renderer.render(abstained("", coverage("Trade talks", "https://e.x/t")),
                ResponseType.EPHEMERAL);

        assertThat(message.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(message.get("text").asText()).isEqualTo(SlackRenderer.ABSTAINED);
        assertThat(message.get("attachments").get(0).get("title").asText()).isEqualTo("Closest coverage");
        assertThat(message.get("attachments").get(0).get("text").asText())
                .isEqualTo("- [Trade talks](https://e.x/t) — Reuters");
    }

    @Test
    void longTextStaysUnderTheMattermostPostLimit() {
        ObjectNode message = renderer.render(answered("word [1] ".repeat(5_000), citation(1, "T", "https://e.x/1")),
                ResponseType.IN_CHANNEL);
        assertThat(message.get("text").asText().length()).isLessThan(MattermostRenderer.MAX_POST_CHARS);
        assertThat(message.get("text").asText()).endsWith("…");
    }
}
