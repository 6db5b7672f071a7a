package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import newsdesk.launch.Main;
import picocli.CommandLine;

/**
 * The set-up a user and CI follow: the README's first screen gives the build and the test command, {@code .ci/run}
 * runs that same test command, and the Dockerfile builds in two stages and runs the jar as a non-root user.
 */
class ReadmeCommandsTest {

    private static List<String> firstCodeBlock(List<String> lines) {
        int open = lines.indexOf("```sh");
        int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
        return lines.subList(open + 1, close).stream().map(l -> l.replaceAll("\\s+#.*$", "").strip()).toList();
    }

    @Test
    void theFirstScreenHasTheBuildAndTheTestCommandAndCiRunsTheSameTests() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> setUp = firstCodeBlock(readme);
        assertThat(readme.indexOf("```sh")).as("the set-up block is on the first screen").isLessThan(15);
        assertThat(setUp).hasSize(2);
        assertThat(setUp.get(0)).startsWith("mvn -q -DskipTests package && java -jar target/newsdesk.jar ");
        String testCommand = setUp.get(1);
        assertThat(testCommand).startsWith("mvn ").contains("verify");

        List<String> ci = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ci.get(ci.size() - 1)).isEqualTo(testCommand);
        assertThat(Files.isExecutable(Path.of(".ci/run"))).isTrue();
    }

    @Test
    void theImageBuildsInTwoStagesAndRunsAsANonRootUserWithSeedsAndPrompts() throws IOException {
        List<String> docker = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
                .filter(l -> !l.startsWith("#")).toList();
        List<String> stages = docker.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("17").endsWith(" AS build");
        assertThat(stages.get(1)).contains(":17-jre");
        int goOffline = indexOf(docker, "dependency:go-offline");
        int copySources = indexOf(docker, "COPY src");
        assertThat(goOffline).as("dependencies resolved before the sources are copied").isLessThan(copySources);
        assertThat(docker).contains("COPY seeds /app/seeds", "COPY prompts /app/prompts", "EXPOSE 7070");
        String user = docker.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).isNotIn("USER root", "USER 0");
        assertThat(indexOf(docker, "USER ")).isLessThan(indexOf(docker, "ENTRYPOINT"));
    }

    @Test
    void theReadmeStaysShortAndItsCommandTableListsEveryCommand() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertThat(readme).as("README lines (the rest lives in docs/)").hasSizeLessThanOrEqualTo(130);
        CommandLine cli = new CommandLine(new Main());
        for (String command : cli.getSubcommands().keySet()) {
            assertThat(readme).as("command table row for " + command)
                    .anySatisfy(line -> assertThat(line).startsWith("| `" + command));
        }
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }
}
