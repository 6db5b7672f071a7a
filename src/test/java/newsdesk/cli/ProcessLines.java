package newsdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a child process wrote to a file so far (a file, unlike a pipe, keeps them after the exit). Given the
 * process, waiting for a line ends as soon as the process has exited without writing it, patience is counted in its
 * processor time ({@link Patience}), and the failure shows what it wrote to its standard error ({@code …stderr.txt}
 * next to {@code …stdout.txt}).
 */
final class ProcessLines {

    /** How often a wait looks again without a change to the file: for the process's exit and for patience. */
    private static final Duration RECHECK = Duration.ofMillis(200);

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
        try (WatchService watch = file.getFileSystem().newWatchService()) {
            file.toAbsolutePath().getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
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
                // Wakes as soon as the file changes; the bound only lets an exit or patience be noticed.
                WatchKey key = watch.poll(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
