package newsdesk.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import newsdesk.launch.Main;

/**
 * Runs {@code newsdesk} in this JVM as {@link Main} does, with {@code input} as {@code chat}'s standard input and
 * the command line's output and errors captured through picocli ({@code setOut}/{@code setErr}): no global stream
 * is swapped, so tests may run in parallel with anything that prints.
 */
final class InProcessCli {

    record Run(int exit, String out, String err) {
    }

    private InProcessCli() {
    }

    static Run run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
