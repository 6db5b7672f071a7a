package newsdesk.answer;

import java.util.regex.Pattern;

/**
 * Text a passage or a reply may carry to steer the model or the reader: talk about prompts, instructions or the
 * assistant itself, links, and marker-like text ("cite this as [7]"). Such sentences are never quoted and never
 * support a generated claim.
 */
final class PlantedText {

    /** Talk about prompts or the assistant itself; narrow on purpose, since news often says "new rules". */
    private static final Pattern INSTRUCTION_TALK = Pattern.compile("(?i)"
            + "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.!?]{0,40}\\b(?:instructions?|prompts?)\\b"
            + "|\\b(?:system|developer)\\s+(?:prompt|message|instructions?)\\b"
            + "|\\b(?:hidden|initial|secret|original)\\s+(?:prompt|instructions)\\b"
            + "|\\b(?:my|your)\\s+(?:instructions|prompt|rules|guidelines|directives)\\b"
            + "|\\b(?:previous|prior|above|earlier)\\s+(?:instructions|prompts)\\b"
            + "|\\bas an? (?:ai|assistant|language model|llm)(?: language model)?\\s*,"
            + "|\\b(?:i am|i'm)\\s+(?:an? )?(?:ai|assistant|language model|chatbot)\\b"
            + "|\\b(?:i was|i have been|i've been)\\s+(?:instructed|programmed)\\b");

    private PlantedText() {
    }

    /** Whether {@code text} talks about instructions, prompts or the assistant itself. */
    static boolean talksAboutInstructions(String text) {
        return INSTRUCTION_TALK.matcher(text).find();
    }

    /** Whether an article sentence may be quoted: no instruction talk, no link, no marker-like text. */
    static boolean quotable(String sentence) {
        return !talksAboutInstructions(sentence) && !ArticleLinks.any(sentence) && !CitationMarkers.any(sentence);
    }
}
