package newsdesk.answer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import newsdesk.article.Article;
import newsdesk.retrieve.Passage;

/** The rendered answering prompt: a system message with the rules and a user message with passages and question. */
record AnswerPrompt(String system, String user) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd (EEEE)", Locale.ENGLISH);
    private static final Pattern TAG = Pattern.compile("(?i)<(\\s*/?\\s*passage)");

    static AnswerPrompt render(PromptLibrary prompts, String question, List<Passage> evidence, LocalDate today) {
        Map<String, Object> variables = Map.of(
                "today", DAY.format(today),
                "question", question.strip(),
                "passages", passages(evidence),
                "passage_count", evidence.size());
        return new AnswerPrompt(prompts.render(PromptLibrary.ANSWER_SYSTEM, variables),
                prompts.render(PromptLibrary.ANSWER, variables));
    }

    /** The passages numbered 1.. in evidence order, each in its own tagged block. */
    static String passages(List<Passage> evidence) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < evidence.size(); i++) {
            Article article = evidence.get(i).article();
            OffsetDateTime published = article.publishedAt();
            text.append("<passage n=\"").append(i + 1)
                    .append("\" title=\"").append(attribute(article.title()))
                    .append("\" outlet=\"").append(attribute(article.source() == null ? "unknown" : article.source()))
                    .append("\" published=\"").append(published == null ? "unknown" : DAY.format(published))
                    .append("\">\n")
                    .append(defuse(evidence.get(i).text().strip()))
                    .append("\n</passage>\n\n");
        }
        return text.toString().strip();
    }

    List<ChatMessage> messages() {
        return List.of(SystemMessage.from(system), UserMessage.from(user));
    }

    private static String attribute(String value) {
        return defuse(value).replace('"', '\'').replaceAll("\\s+", " ");
    }

    private static String defuse(String text) {
        return TAG.matcher(text).replaceAll("‹$1");
    }
}
