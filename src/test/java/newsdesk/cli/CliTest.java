package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.cli.InProcessCli.Run;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.FeedbackLog;

/** The command line as a user runs it (in process, real model, the repository's seeds). */
class CliTest {

    @TempDir
    Path data;

    private static Run run(String... args) {
        return InProcessCli.run("", args);
    }

    private static Run runWithInput(String input, String... args) {
        return InProcessCli.run(input, args);
    }

    @Test
    void askPrintsACitedAnswerAndItsSources() {
        Run run = run("ask", "--seeds", "seeds", "--data-dir", data.toString(),
                "Who will join Xi Jinping at the Beijing parade?");
        assertThat(run.exit()).isZero();
        int sourcesAt = run.out().stripTrailing().lastIndexOf("\n\n");
        String[] parts = {run.out().substring(0, sourcesAt), run.out().substring(sourcesAt + 2)};
        assertThat(parts[0]).contains("Kim Jong Un").contains("[1]");
        // One source line per cited article, carrying every marker of the answer that points into it.
        List<String> sources = parts[1].lines().filter(l -> !l.isBlank()).toList();
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0)).matches("(\\[\\d+\\])+ Kim and Putin to Join Xi in Show of Unity at Beijing "
                + "Military Parade — WSJ, 28 Aug 2025").startsWith("[1]");
        Matcher marker = Pattern.compile("\\[\\d+\\]").matcher(parts[0]);
        while (marker.find()) {
            assertThat(sources.get(0)).contains(marker.group());
        }
    }

    @Test
    void aQuestionTheArticlesCannotAnswerIsDeclinedWithTheClosestCoverage() {
        Run run = run("ask", "--seeds", "seeds", "--data-dir", data.toString(), "Who won the 2022 World Cup?");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("The articles don't say").doesNotContain("[1]")
                .contains("Closest coverage:\n  - Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade "
                        + "— WSJ, 28 Aug 2025");
    }

    @Test
    void chatResolvesAFollowUpAgainstThePreviousQuestion() {
        Run run = runWithInput("Who will join Xi Jinping at the Beijing parade?\nWhen was his last visit to China?\n",
                "chat", "--seeds", "seeds", "--data-dir", data.toString());
        assertThat(run.exit()).isZero();
        String[] turns = run.out().split("\n> ");
        assertThat(turns).hasSize(3); // greeting, two answers (and the last, empty prompt that end of input closes)
        assertThat(turns[0]).startsWith("Ask about the 1 articles.");
        assertThat(turns[1]).contains("Kim Jong Un").contains("[1]");
        assertThat(turns[2]).contains("his first visit to China since 2019").contains("[1]");
    }

    @Test
    void chatRatesTheLastAnswerWithPlusOrMinusAndAComment() throws Exception {
        Run run = runWithInput("+\nWho will join Xi Jinping at the Beijing parade?\n+\n- it missed Putin's role\n",
                "chat", "--seeds", "seeds", "--data-dir", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String[] turns = run.out().split("\n> ");
        assertThat(turns[1]).startsWith("! nothing to rate yet");
        assertThat(turns[2]).contains("Kim Jong Un").contains("+ or - rates this answer");
        assertThat(turns[3]).startsWith("Thanks: recorded 👍 for the last answer.");
        assertThat(turns[4]).startsWith("Thanks: recorded 👎 for the last answer.");
        List<Feedback> stored = FeedbackLog.read(data.resolve(FeedbackLog.FILE_NAME));
        assertThat(stored).extracting(f -> f.rating().wire() + "|" + f.comment() + "|" + f.surface())
                .containsExactly("up|null|cli", "down|it missed Putin's role|cli");
        assertThat(stored.get(0).answer().question()).isEqualTo("Who will join Xi Jinping at the Beijing parade?");
        assertThat(stored.get(0).answer().answerId()).isEqualTo(stored.get(1).answer().answerId());
    }

    @Test
    void ingestReportsEachBadFileOnceWithItsReasonAndLoadsTheRest() throws Exception {
        Path folder = data.resolve("incoming");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("rover.md"), """
                ---
                title: Lunar rover finds ice near the south pole
                source: Space Daily
                date: 2025-09-02
                ---
                The Artemis scout rover found water ice in a crater near the lunar south pole on Monday.
                """);
        Files.writeString(folder.resolve("wire.jsonl"), """
                {"title": "Rail strike ends", "body": "The national rail strike ended on Friday after unions \
                accepted a pay offer.", "source": "Metro Wire", "published_at": "2025-09-05T10:00:00Z"}
                not json at all
                """);
        Files.writeString(folder.resolve("broken.json"), "[{\"title\": \"broken\", \"body\": ");
        Files.writeString(folder.resolve("notes.csv"), "a,b\n");
        Run run = run("ingest", "--seeds", "seeds", "--data-dir", data.toString(), folder.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("ingested 2 articles").contains("3 files or records skipped");
        List<String> reported = run.err().lines().filter(l -> l.startsWith("skipped ")).toList();
        assertThat(reported).hasSize(3);
        assertThat(reported).anySatisfy(l -> assertThat(l).contains(folder.resolve("broken.json").toString())
                .contains("not valid JSON"));
        assertThat(reported).anySatisfy(l -> assertThat(l).contains(folder.resolve("wire.jsonl").toString())
                .contains("line 2"));
        assertThat(reported).anySatisfy(l -> assertThat(l).contains(folder.resolve("notes.csv").toString())
                .contains("unsupported file type .csv"));

        Run search = run("search", "--seeds", "seeds", "--data-dir", data.toString(), "-k", "1", "rail strike");
        assertThat(search.out()).contains("Rail strike ends — Metro Wire, 5 Sep 2025");
        Run rover = run("search", "--seeds", "seeds", "--data-dir", data.toString(), "-k", "1", "water ice crater");
        assertThat(rover.out()).contains("Lunar rover finds ice near the south pole — Space Daily, 2 Sep 2025");
    }

    @Test
    void askJsonAndSearchJsonPrintTheApiShapes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Run ask = run("ask", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "Where did Trump meet Putin?");
        assertThat(ask.exit()).isZero();
        JsonNode answer = json.readTree(ask.out());
        assertThat(fields(answer))
                .contains("answer", "abstained", "direct", "citations", "closest", "conversationId");
        assertThat(answer.get("answer").asText()).contains("Alaska");
        assertThat(answer.get("abstained").asBoolean()).isFalse();
        JsonNode citation = answer.get("citations").get(0);
        assertThat(fields(citation)).contains("n", "articleId", "title", "source", "publishedAt", "url", "sentence",
                "start", "end", "kind", "dates");
        assertThat(citation.get("publishedAt").asText()).isEqualTo("2025-08-28T16:15:00+05:30");
        Run search = run("search", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "-k", "2",
                "military parade");
        JsonNode root = json.readTree(search.out());
        assertThat(fields(root)).containsExactly("passages");
        JsonNode passages = root.get("passages");
        assertThat(passages).hasSize(2);
        assertThat(fields(passages.get(0))).contains("rank", "score", "articleId", "title", "source", "publishedAt",
                "url", "text");
        assertThat(passages.get(0).get("source").asText()).isEqualTo("WSJ");
        assertThat(passages.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(passages.get(0).get("text").asText()).isNotBlank();
        assertThat(passages.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(passages.get(1).get("score").asDouble());
    }

    @Test
    void badInputIsRefusedWithAReasonAndANonZeroExit() {
        Run blank = run("ask", "--seeds", "seeds", "--data-dir", data.toString(), " ");
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("question is empty");
        Run badFlag = run("ask", "--top-k", "many", "question");
        assertThat(badFlag.exit()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--top-k");
    }

    @Test
    void searchTakesItsCountFromTopKUnlessGivenOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Run topK = run("search", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "--top-k", "3", "parade");
        assertThat(json.readTree(topK.out()).get("passages")).hasSize(3);
        Run both = run("search", "--json", "--seeds", "seeds", "--data-dir", data.toString(), "--top-k", "3", "-k", "1",
                "parade");
        assertThat(json.readTree(both.out()).get("passages")).hasSize(1);
    }

    @Test
    void helpIsAvailableOnEveryCommand() {
        for (String command : new String[] {"serve", "ask", "search", "chat", "ingest", "eval"}) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: newsdesk " + command).contains("--seeds");
        }
        for (String command : new String[] {"bench", "solr-init"}) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: newsdesk " + command);
        }
        Run top = run("--help");
        assertThat(top.exit()).isZero();
        assertThat(top.out()).contains("serve", "ask", "search", "chat", "ingest", "eval", "bench", "solr-init");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
