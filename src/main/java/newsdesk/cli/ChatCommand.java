package newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import newsdesk.error.RefusedException;
import newsdesk.qa.QaService;
import newsdesk.answer.Answer;
import newsdesk.feedback.FeedbackService;
import newsdesk.feedback.Rating;

/**
 * {@code newsdesk chat}: questions from standard input, one per line, with follow-ups. A line {@code +} or {@code -},
 * optionally followed by a comment, rates the last answer (readers' feedback, kept in the data directory).
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Interactive questions and follow-ups; + or - (with an optional comment) rates the last "
                + "answer; an empty line or /quit ends.")
public final class ChatCommand implements Callable<Integer> {

    /** {@code +} or {@code -}, then nothing or whitespace and a comment. */
    static final Pattern RATING = Pattern.compile("([+-])(?:\\s+(.*))?");

    @Mixin
    CommonOptions common;

    private final InputStream input;

    /** Reads questions from standard input. */
    public ChatCommand() {
        this(System.in);
    }

    /** Reads questions from {@code input} (the launcher passes standard input; tests their own). */
    public ChatCommand(InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws Exception {
        try (var desk = Cli.start(common, false)) {
            TextRenderer renderer = new TextRenderer();
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            PrintWriter out = common.out();
            String conversation = null;
            Answer last = null;
            out.println("Ask about the " + desk.qa().articleCount() + " articles. Empty line or /quit ends.");
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.isBlank() || line.strip().equals("/quit")) {
                    return 0;
                }
                Matcher rating = RATING.matcher(line.strip());
                if (rating.matches()) {
                    out.println(rate(desk.qa(), last, rating));
                    continue;
                }
                try {
                    Answer answer = desk.qa().ask(line, conversation, null);
                    conversation = answer.conversationId();
                    last = answer;
                    out.println(renderer.answer(answer));
                    if (answer.id() != null) {
                        out.println("(+ or - rates this answer; add a comment after it if you like)");
                    }
                } catch (RefusedException e) {
                    out.println("! " + e.getMessage());
                }
            }
        }
    }

    private static String rate(QaService qa, Answer last, Matcher line) {
        if (last == null || last.id() == null) {
            return "! nothing to rate yet: ask a question first";
        }
        Rating rating = line.group(1).equals("+") ? Rating.UP : Rating.DOWN;
        try {
            qa.feedback(new FeedbackService.Request(last.id(), rating, line.group(2), null, "cli"));
            return "Thanks: recorded " + (rating == Rating.UP ? "👍" : "👎") + " for the last answer.";
        } catch (RefusedException e) {
            return "! " + e.getMessage();
        }
    }
}
