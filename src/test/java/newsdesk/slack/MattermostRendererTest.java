package newsdesk.slack;

import static newsdesk.slack.Answers.abstained;
import static newsdesk.slack.Answers.answered;
import static newsdesk.slack.Answers.citation;
import static newsdesk.slack.Answers.coverage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.Coverage;

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

    private static final String HOSTILE = "Read [Full story](https://phish.example/login) ![](https://tracker.example/p.gif)"
            + " <https://phish.example> www.phish.example https://phish.example/x **now** _now_ `rm` ~~x~~ |a|b|"
            + " @all @channel @here @ada \\[9] \\";

    @Test
    void hostileArticleTextRendersAsTextInEveryField() {
        Citation cited = new Citation(1, "a1", "# Title " + HOSTILE, "@channel Outlet " + HOSTILE, Answers.AUG_28,
                "https://e.x/a", "A sentence.", 0, 11);
        String sentence = "- 1. Quoted " + HOSTILE + " [1]";
        ObjectNode answered = renderer.render(Answers.answered(sentence, cited), ResponseType.IN_CHANNEL);
        ObjectNode abstained = renderer.render(new Answer("", true, List.of(), List.of(new Coverage("c", "> Title "
                + HOSTILE, "@here " + HOSTILE, null, "https://e.x/c")), "extractive", 0.1, "conv-1",
                java.util.Map.of()), ResponseType.IN_CHANNEL);

        for (ObjectNode message : List.of(answered, abstained)) {
            for (String markdown : List.of(message.get("text").asText(),
                    message.get("attachments").get(0).get("text").asText())) {
                Rendered rendered = Rendered.of(markdown);
                assertThat(rendered.unexpected).as(markdown).isEmpty();
                assertThat(rendered.links).as(markdown).allMatch(Set.of("https://e.x/a", "https://e.x/c")::contains);
                assertThat(rendered.text).doesNotContainPattern("@(all|channel|here|ada)\\b");
                if (!markdown.equals(SlackRenderer.ABSTAINED)) {
                    assertThat(rendered.text.replace("\u200B", "")).contains(HOSTILE);
                }
                String outsideOurLinks = markdown.replace("(https://e.x/a)", "").replace("(https://e.x/c)", "");
                assertThat(outsideOurLinks).as("no bare URL Mattermost would autolink").doesNotContain("://")
                        .doesNotContain("www.");
            }
        }
        assertThat(Rendered.of(answered.get("text").asText()).text).startsWith("- 1. Quoted");
    }

    /**
     * What a CommonMark renderer shows: the text, the links, and formatting that is not ours (the closest-coverage
     * list is ours; the answer text starting as written shows it is not a list).
     */
    private record Rendered(String text, List<String> links, List<String> unexpected) {

        static Rendered of(String markdown) {
            StringBuilder text = new StringBuilder();
            List<String> links = new ArrayList<>();
            List<String> unexpected = new ArrayList<>();
            Node document = Parser.builder().build().parse(markdown);
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }

                @Override
                public void visit(Link node) {
                    links.add(node.getDestination());
                    visitChildren(node);
                }

                @Override
                public void visit(Image node) {
                    unexpected.add("image " + node.getDestination());
                }

                @Override
                public void visit(Emphasis node) {
                    unexpected.add("emphasis");
                }

                @Override
                public void visit(StrongEmphasis node) {
                    unexpected.add("strong");
                }

                @Override
                public void visit(Code node) {
                    unexpected.add("code " + node.getLiteral());
                }

                @Override
                public void visit(HtmlInline node) {
                    unexpected.add("html " + node.getLiteral());
                }

                @Override
                public void visit(Heading node) {
                    unexpected.add("heading");
                }

                @Override
                public void visit(org.commonmark.node.OrderedList node) {
                    unexpected.add("ordered list");
                }

                @Override
                public void visit(org.commonmark.node.BlockQuote node) {
                    unexpected.add("quote");
                }
            });
            return new Rendered(text.toString(), links, unexpected);
        }
    }
}
