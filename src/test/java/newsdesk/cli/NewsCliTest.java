package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask} prints timelines and outlet groups one line per event or outlet (real model, the news fixture). */
class NewsCliTest {

    private static final String SEEDS = "src/test/resources/news";

    @TempDir
    Path data;

    @Test
    void askPrintsATimelineAndOutletGroupsReadably() {
        InProcessCli.Run timeline = InProcessCli.run("", "ask", "--seeds", SEEDS, "--data-dir", data.toString(),
                "How did the Port Ellery harbour bridge story unfold?");
        assertThat(timeline.exit()).as(timeline.err()).isZero();
        List<String> lines = Arrays.asList(timeline.out().split("\n"));
        assertThat(lines.get(0)).isEqualTo("Timeline, oldest first:");
        List<String> bullets = lines.stream().takeWhile(l -> !l.isEmpty()).skip(1).toList();
        assertThat(bullets).hasSizeBetween(3, 6).allMatch(l -> l.matches("- \\d{1,2} [A-Z][a-z]{2} 2024: .+ \\[\\d+]"));
        assertThat(bullets.get(0)).startsWith("- 4 Mar 2024: ");

        InProcessCli.Run outlets = InProcessCli.run("", "ask", "--seeds", SEEDS, "--data-dir", data.toString(),
                "How did The Verge and TechCrunch cover the Port Ellery harbour bridge?");
        assertThat(outlets.exit()).as(outlets.err()).isZero();
        List<String> groups = Arrays.asList(outlets.out().split("\n"));
        assertThat(groups.get(0)).isEqualTo("What each outlet said:");
        assertThat(groups.get(1)).startsWith("The Verge: ");
        assertThat(groups.get(2)).startsWith("TechCrunch: ");
    }
}
