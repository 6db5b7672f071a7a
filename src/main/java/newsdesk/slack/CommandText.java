package newsdesk.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import newsdesk.slack.SlackSettings.ResponseType;

/**
 * The text of a slash command split into the question and its visibility flags: {@code --private} (or {@code -p})
 * answers only the asker, {@code --public} answers the channel. Flags are whole words anywhere in the text; an
 * em dash stands for {@code --} because Slack clients may autocorrect the two hyphens. An empty question or
 * {@code help} asks for the usage message.
 */
record CommandText(String question, ResponseType responseType) {

    static final String USAGE = "Ask me about the news, e.g. `/news who attended the parade in Beijing?`\n"
            + "Add `--private` to see the answer yourself only, `--public` to share it with the channel.";

    static CommandText parse(String text, ResponseType defaultType) {
        ResponseType type = defaultType;
        List<String> words = new ArrayList<>();
        for (String word : (text == null ? "" : text).strip().split("\\s+")) {
            switch (word.replace('\u2014', '-').replace("\u2013", "--").toLowerCase(Locale.ROOT)) {
                case "--private", "-private", "-p" -> type = ResponseType.EPHEMERAL;
                case "--public", "-public" -> type = ResponseType.IN_CHANNEL;
                case "" -> { }
                default -> words.add(word);
            }
        }
        String question = String.join(" ", words);
        return new CommandText(question.equalsIgnoreCase("help") ? "" : question, type);
    }

    boolean wantsUsage() {
        return question.isEmpty();
    }
}
