package newsdesk.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import newsdesk.Newsdesk;
import newsdesk.article.Filters;
import newsdesk.testing.SeedExamples;
import newsdesk.testing.TestDesks;

/**
 * Issue 13's questions as {@code /news} slash commands, signed as Slack signs them, answered by the real model over the
 * repository's seeds and delivered to the command's response_url: the direct answer is the bold first section, then
 * the quotes holding it, then the sources (the byline's as its field).
 */
class SeedExamplesSlackTest {

    static final List<SeedExamples> EXAMPLES = SeedExamples.ALL;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    private static Newsdesk desk;

    private SlackHarness harness;

    @BeforeAll
    static void load() {
        desk = TestDesks.realSeeds(data);
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void theSlashCommandAnswerLeadsWithTheDirectAnswerInBold(SeedExamples example) throws Exception {
        harness = new SlackHarness((question, conversation) -> desk.qa().ask(question, conversation, Filters.NONE),
                slack -> SlackHarness.enabled(slack, Duration.ofMillis(200)));
        harness.asker.hold();
        HttpResponse<String> ack = harness.command(harness.slashCommand(example.question()));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ack.body()).path("text").asText()).isEqualTo(SlashCommandHandler.WORKING);
        harness.asker.release();
        JsonNode delivered = harness.slack.await("/commands/T1/cmd1/secret", 1).get(0).body();
        harness.quiesce();

        ObjectNode message = (ObjectNode) delivered;
        assertThat(harness.asker.questions()).extracting(CountingAsker.Question::text)
                .containsExactly(example.question());
        assertThat(message.path("text").asText()).startsWith(example.line() + "\n\n");
        List<String> sections = SlackRendererTest.sectionTexts(message);
        assertThat(sections.get(0).replaceAll("<[^|>]+\\|(\\[\\d+])>", "$1")).as(example.question())
                .isEqualTo("*" + example.line() + "*");
        String quotes = String.join("\n", sections.subList(1, sections.size()));
        List<String> sources = SlackRendererTest.contextTexts(message);
        if (example.field() == null) {
            assertThat(quotes).contains(example.parts());
        } else {
            assertThat(sources).anySatisfy(
                    s -> assertThat(s).startsWith("[1] Author: " + SeedExamples.AUTHORS + " — "));
        }
        if (example.resolved() != null) {
            assertThat(quotes).contains("on Wednesday (3 Sep 2025)");
        }
    }
}
