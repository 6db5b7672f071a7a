package newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a child process wrote to a file so far (a file, unlike a pipe, keeps them after the exit). Given the
 * process, waiting for a line ends as soon as the process has exited without writing it, patience is counted in its
 * processor time ({@link Patience}), and the failure shows what it wrote to its standard error ({@code …stderr.txt}
 * next to {@code …stdout.txt}).
 */
final class ProcessLines {

    private final Path file;
    private final Process process;

    ProcessLines(Path file) {
        this(file, null);
    }

    ProcessLines(Path file, Process process) {
        this.file = file;
        this.process = process;
    }

    /**
     * The first line matching {@code pattern}, waiting for it while the process runs, with {@code timeout} as the
     * {@link Patience} budget (the process's processor time, so that a loaded machine does not decide the outcome).
     */
    Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        Patience patience = new Patience(process, timeout);
        String exhausted = null;
        while (exhausted == null) {
            boolean exited = process != null && !process.isAlive(); // before reading: its last lines are in
            for (String line : lines()) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
            if (exited) {
                break;
            }
            exhausted = patience.exhausted();
            Thread.sleep(20);
        }
        String state = process == null ? "" : process.isAlive() ? " (still running; " + exhausted + ")"
                : " (exited with " + process.exitValue() + ")";
        Path errors = file.resolveSibling(file.getFileName().toString().replace("stdout", "stderr"));
        throw new AssertionError("no line matching " + pattern + state + " in:\n" + all()
                + (errors.equals(file) ? "" : "\n--- " + errors.getFileName() + ":\n" + new ProcessLines(errors).all()));
    }

    String all() {
        return String.join("\n", lines());
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
