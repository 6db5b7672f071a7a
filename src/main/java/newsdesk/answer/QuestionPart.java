package newsdesk.answer;

import java.util.Objects;

/**
 * One part of a question: its text (a substring of the question), the {@link AnswerType} it expects, whether it
 * asks for a list ("Who is going?", "Which leaders …?") rather than one thing ("Who is the individual …?"), and its
 * head noun when it names one ("leaders" in "Which leaders will attend?", "troops" in "How many troops …?"),
 * else {@code null}.
 */
record QuestionPart(String text, AnswerType type, boolean list, String head) {

    QuestionPart {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
