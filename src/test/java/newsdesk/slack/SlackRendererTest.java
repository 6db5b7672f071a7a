package newsdesk.slack;

import static newsdesk.slack.Answers.abstained;
import static newsdesk.slack.Answers.answered;
import static newsdesk.slack.Answers.citation;
import static newsdesk.slack.Answers.coverage;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import newsdesk.answer.Answer;
import newsdesk.answer.Citation;

class SlackRendererTest {

    private final SlackRenderer renderer = new SlackRenderer();

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a & b", "a &amp; b"),
                Arguments.of("<script>", "&lt;script&gt;"),
                Arguments.of("&lt;", "&amp;lt;"),
                Arguments.of("<@U123> <!channel>", "&lt;@U123&gt; &lt;!channel&gt;"),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapesSlackControlCharacters(String raw, String escaped) {
        assertThat(SlackRenderer.escape(raw)).isEqualTo(escaped);
    }

    @Test
    void answerSectionEscapesTextAndLinksMarkers() {
        Citation one = citation(1, "Kim <b> & Putin", "https://news.example/a?x=1&y=2");
        Answer answer = answered("Xi & Kim met <today> [1]. Putin came too [2][7].", one,
                citation(2, "No link", null));

        ObjectNode message = renderer.render(answer);

        assertThat(sectionTexts(message)).containsExactly("Xi &amp; Kim met &lt;today&gt; "
                + "<https://news.example/a?x=1&amp;y=2|[1]>. Putin came too [2][7].");
        assertThat(contextTexts(message)).containsExactly(
                "[1] <https://news.example/a?x=1&amp;y=2|Kim &lt;b&gt; &amp; Putin> — WSJ, 2025-08-28",
                "[2] *No link* — WSJ, 2025-08-28");
        assertThat(message.get("text").asText())
                .isEqualTo("Xi &amp; Kim met &lt;today&gt; [1]. Putin came too [2][7].");
    }

    @Test
    void sourcesAreListedOncePerNumberInOrder() {
        Answer answer = answered("B [2]. A [1]. A again [1].", citation(2, "Two", "https://e.x/2"),
                citation(1, "One", "https://e.x/1"), citation(1, "One", "https://e.x/1"));
        assertThat(contextTexts(renderer.render(answer)))
                .containsExactly("[1] <https://e.x/1|One> — WSJ, 2025-08-28",
                        "[2] <https://e.x/2|Two> — WSJ, 2025-08-28");
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        Answer answer = answered("Hi [1]. Yo [2].", citation(1, "Evil", "javascript:alert(1)"),
                citation(2, "Pipe", "https://e.x/a|b>c"));
        ObjectNode message = renderer.render(answer);
        assertThat(sectionTexts(message)).containsExactly("Hi [1]. Yo <https://e.x/a%7Cb%3Ec|[2]>.");
        assertThat(contextTexts(message).get(0)).startsWith("[1] *Evil*");
    }

    @Test
    void longAnswersAreSplitIntoSectionsOfAtMost3000Characters() {
        String sentence = "The parade in Beijing & its guests were <many> [1]. ";
        String text = sentence.repeat(200).strip();
        ObjectNode message = renderer.render(answered(text, citation(1, "T", "https://e.x/1")));

        List<String> sections = sectionTexts(message);
        assertThat(sections).hasSizeGreaterThan(3).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join(" ", sections)).isEqualTo(
                "The parade in Beijing &amp; its guests were &lt;many&gt; <https://e.x/1|[1]>. ".repeat(200).strip());
        assertThat(message.get("text").asText().length()).isLessThanOrEqualTo(3000);
    }

    @Test
    void hugeAnswersStayWithinFiftyBlocksAndSayTheyWereCut() {
        String text = "word&word ".repeat(40_000);
        ObjectNode message = renderer.render(answered(text, citation(1, "T", "https://e.x/1")));

        assertThat(message.get("blocks").size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
        List<String> sections = sectionTexts(message);
        assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(sections.get(sections.size() - 1)).endsWith("…").doesNotContain("&amp …");
        assertThat(message.get("text").asText()).hasSizeLessThanOrEqualTo(3000).endsWith("…");
    }

    @Test
    void aSingleEnormousWordIsCutWithoutExceedingTheLimit() {
        ObjectNode message = renderer.render(answered("<".repeat(10_000)));
        assertThat(sectionTexts(message)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join("", sectionTexts(message))).isEqualTo("&lt;".repeat(10_000));
    }

    @Test
    void manySourcesUseContextBlocksOfAtMostTenElements() {
        Citation[] citations = IntStream.rangeClosed(1, 70).mapToObj(n -> citation(n, "T" + n, "https://e.x/" + n))
                .toArray(Citation[]::new);
        ObjectNode message = renderer.render(answered("Everything [1].", citations));

        List<JsonNode> contexts = blocks(message, "context");
        assertThat(contexts).hasSize(SlackRenderer.MAX_SOURCE_BLOCKS)
                .allSatisfy(c -> assertThat(c.get("elements").size()).isLessThanOrEqualTo(10));
        assertThat(message.get("blocks").size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
    }

    @Test
    void abstentionSaysSoAndListsClosestCoverage() {
        Answer answer = abstained("The articles don't say who won the match.",
                coverage("Parade & guests", "https://e.x/p"), coverage("Trade talks", null));
        ObjectNode message = renderer.render(answer);

        assertThat(sectionTexts(message)).containsExactly("The articles don't say who won the match.");
        assertThat(contextTexts(message)).containsExactly(SlackRenderer.CLOSEST,
                "<https://e.x/p|Parade &amp; guests> — Reuters", "*Trade talks* — Reuters");
    }

    @Test
    void abstentionWithoutTextOrCoverageStillSaysSo() {
        ObjectNode message = renderer.render(abstained(""));
        assertThat(sectionTexts(message)).containsExactly(SlackRenderer.ABSTAINED);
        assertThat(contextTexts(message)).containsExactly(SlackRenderer.CLOSEST + " none found.");
        assertThat(message.get("text").asText()).isEqualTo(SlackRenderer.ABSTAINED);
    }

    @Test
    void noticeIsEscapedAndHasAFallback() {
        ObjectNode message = renderer.notice("no conversation with id '<x>'");
        assertThat(message.get("text").asText()).isEqualTo("no conversation with id '&lt;x&gt;'");
        assertThat(sectionTexts(message)).containsExactly("no conversation with id '&lt;x&gt;'");
    }

    @Test
    void markdownBoldBecomesMrkdwnBold() {
        assertThat(sectionTexts(renderer.render(answered("It was **huge** [1].", citation(1, "T", null)))))
                .containsExactly("It was *huge* [1].");
    }

    static List<JsonNode> blocks(ObjectNode message, String type) {
        List<JsonNode> found = new ArrayList<>();
        message.get("blocks").forEach(b -> {
            if (b.get("type").asText().equals(type)) {
                found.add(b);
            }
        });
        return found;
    }

    static List<String> sectionTexts(ObjectNode message) {
        return blocks(message, "section").stream().map(b -> b.get("text").get("text").asText()).toList();
    }

    static List<String> contextTexts(ObjectNode message) {
        List<String> texts = new ArrayList<>();
        blocks(message, "context").forEach(b -> b.get("elements").forEach(e -> texts.add(e.get("text").asText())));
        return texts;
    }

    @Test
    void hostileArticleTextCannotLinkMentionOrAutoParseInAnyField() {
        String hostile = "<https://phish.example|Full story> <!channel> <!here> <@U123> <#C1> @channel &lt;!x&gt;";
        Citation cited = new Citation(1, "a1", "Title " + hostile, "Outlet " + hostile, Answers.AUG_28,
                "https://e.x/a", "A sentence.", 0, 11);
        Answer answer = answered("Quoted " + hostile + " [1]", cited);
        Answer abstention = abstained("", new newsdesk.answer.Coverage("c", "Title " + hostile, "Outlet " + hostile,
                null, "https://e.x/c"));

        for (ObjectNode message : List.of(renderer.render(answer), renderer.render(abstention),
                renderer.notice(hostile))) {
            assertThat(message.get("text").asText()).doesNotContain("<");
            List<JsonNode> mrkdwn = new ArrayList<>();
            message.get("blocks").forEach(block -> {
                if (block.has("text")) {
                    mrkdwn.add(block.get("text"));
                }
                block.path("elements").forEach(mrkdwn::add);
            });
            assertThat(mrkdwn).isNotEmpty().allSatisfy(text -> {
                assertThat(text.get("type").asText()).isEqualTo("mrkdwn");
                assertThat(text.path("verbatim").asBoolean()).as("no auto-linking or mention parsing").isTrue();
                String ours = text.get("text").asText().replace("<https://e.x/a|", "").replace("<https://e.x/c|", "");
                assertThat(ours).doesNotContain("<");
            });
        }
    }
}
