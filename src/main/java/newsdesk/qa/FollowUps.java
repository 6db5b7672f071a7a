package newsdesk.qa;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import newsdesk.answer.ConversationStore;

/**
 * Resolves a follow-up question against the conversation so far, without a language model: a question that leans
 * on earlier turns (a pronoun such as "he" or "it", "that", "also", or only a few words) is expanded with the
 * previous question, so retrieval finds the articles it refers to; sentences are still scored against the question
 * as asked.
 */
public final class FollowUps implements FollowUpResolver {

    private static final Pattern REFERS_BACK = Pattern.compile(
            "\\b(he|him|his|she|her|hers|it|its|they|them|their|theirs|this|that|these|those|there|then|also"
                    + "|the same|else|more|other)\\b");
    private static final int SHORT_QUESTION_WORDS = 5;

    @Override
    public Resolved resolve(String question, List<ConversationStore.Turn> turns) {
        if (turns.isEmpty()) {
            return new Resolved(question, question);
        }
        String lower = question.toLowerCase(Locale.ROOT);
        boolean followUp = REFERS_BACK.matcher(lower).find()
                || question.strip().split("\\s+").length <= SHORT_QUESTION_WORDS;
        return new Resolved(followUp ? question + " " + turns.get(turns.size() - 1).question() : question, question);
    }
}
