package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import newsdesk.cli.InProcessCli.Run;
import newsdesk.testing.SeedExamples;

/**
 * Issue 13's questions from the command line ({@code newsdesk ask}, real model, the repository's seeds): the direct
 * answer is the first line, then the quotes holding it, then the sources.
 */
class SeedExamplesCliTest {

    static final List<SeedExamples> EXAMPLES = SeedExamples.ALL;
    private static final String SOURCE = "Kim and Putin to Join Xi in Show of Unity at Beijing Military Parade — WSJ, "
            + "28 Aug 2025";

    @TempDir
    static Path data;

    @ParameterizedTest(name = "{0}")
    @FieldSource("EXAMPLES")
    void askLeadsWithTheDirectAnswerLine(SeedExamples example) {
        Run run = InProcessCli.run("", "ask", "--seeds", "seeds", "--data-dir", data.toString(), example.question());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).as(example.question()).startsWith(example.line() + "\n\n");
        String rest = run.out().substring(example.line().length() + 2);
        int sourcesAt = rest.stripTrailing().lastIndexOf("\n\n");
        String quotes = rest.substring(0, sourcesAt);
        String sources = rest.substring(sourcesAt + 2);
        assertThat(sources.lines().filter(l -> !l.isBlank()).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains(SOURCE));
        if (example.field() != null) {
            assertThat(sources).as("the metadata citation reads as its field")
                    .contains("Author: " + SeedExamples.AUTHORS + " — " + SOURCE);
        } else {
            assertThat(quotes).as("every part is quoted in its sentence").contains(example.parts());
        }
        if (example.resolved() != null) {
            assertThat(quotes).contains("on Wednesday (3 Sep 2025)");
        }
    }
}
