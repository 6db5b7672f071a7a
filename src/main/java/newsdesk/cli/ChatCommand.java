package newsdesk.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import newsdesk.QaException;
import newsdesk.answer.Answer;

/** {@code newsdesk chat}: questions from standard input, one per line, with follow-ups. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Interactive questions and follow-ups; an empty line or /quit ends.")
public final class ChatCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        try (var desk = Cli.start(common, false)) {
            TextRenderer renderer = new TextRenderer();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String conversation = null;
            System.out.println("Ask about the " + desk.qa().articleCount() + " articles. Empty line or /quit ends.");
            while (true) {
                System.out.print("> ");
                System.out.flush();
                String line = in.readLine();
                if (line == null || line.isBlank() || line.strip().equals("/quit")) {
                    return 0;
                }
                try {
                    Answer answer = desk.qa().ask(line, conversation, null);
                    conversation = answer.conversationId();
                    System.out.println(renderer.answer(answer));
                } catch (QaException e) {
                    System.out.println("! " + e.getMessage());
                }
            }
        }
    }
}
