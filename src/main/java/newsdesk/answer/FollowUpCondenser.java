package newsdesk.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a follow-up question into a standalone one with the language model and the condense prompt, so that
 * retrieval sees the entities it refers to ("what did he say then?" → "What did Xi Jinping say at the Beijing
 * parade?"). Without earlier turns, or on any failure or unusable reply, the question is returned unchanged.
 */
public final class FollowUpCondenser {

    static final int TURNS_SHOWN = 4;
    static final int ANSWER_CHARS_SHOWN = 600;
    static final int MAX_QUESTION_CHARS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpCondenser.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd (EEEE)", Locale.ENGLISH);
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:standalone question|question|rewritten)\\s*:\\s*");

    private final LlmClient client;
    private final PromptLibrary prompts;
    private final Clock clock;

    public FollowUpCondenser(LlmClient client, PromptLibrary prompts, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The standalone form of {@code question} given the conversation's earlier turns (oldest first). */
    public String condense(String question, List<ConversationStore.Turn> conversation) {
        if (conversation.isEmpty() || question.isBlank()) {
            return question;
        }
        String prompt = prompts.render(PromptLibrary.CONDENSE, Map.of(
                "question", question.strip(),
                "conversation", conversation(conversation),
                "today", DAY.format(LocalDate.now(clock))));
        try {
            String reply = client.complete(List.of(UserMessage.from(prompt))).text();
            String rewritten = firstLine(reply);
            if (rewritten.isEmpty() || rewritten.length() > MAX_QUESTION_CHARS
                    || rewritten.contains(LlmAnswerer.NO_ANSWER)) {
                return question;
            }
            return rewritten;
        } catch (LlmCallException e) {
            LOG.warn("could not condense the follow-up ({}: {}); using it as asked", e.reason(), e.getMessage());
            return question;
        }
    }

    static String conversation(List<ConversationStore.Turn> conversation) {
        StringBuilder text = new StringBuilder();
        for (ConversationStore.Turn turn : conversation.subList(Math.max(0, conversation.size() - TURNS_SHOWN),
                conversation.size())) {
            String answer = CitationMarkers.strip(turn.answer())
                    .replaceAll("\\s+", " ").strip();
            if (answer.length() > ANSWER_CHARS_SHOWN) {
                answer = answer.substring(0, ANSWER_CHARS_SHOWN) + "…";
            }
            text.append("User: ").append(turn.question().replaceAll("\\s+", " ").strip()).append('\n')
                    .append("Newsdesk: ").append(answer).append('\n');
        }
        return text.toString().strip();
    }

    private static String firstLine(String reply) {
        for (String line : reply.strip().split("\\R")) {
            String cleaned = LABEL.matcher(line.strip()).replaceFirst("").strip();
            if (cleaned.length() >= 2 && (cleaned.startsWith("\"") && cleaned.endsWith("\"")
                    || cleaned.startsWith("“") && cleaned.endsWith("”"))) {
                cleaned = cleaned.substring(1, cleaned.length() - 1).strip();
            }
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return "";
    }
}
