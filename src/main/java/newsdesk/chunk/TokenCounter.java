package newsdesk.chunk;

/** Counts the word pieces the embedding model would see for a text (without special tokens). */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);

    /** A rough counter for tests and fallbacks: 4/3 tokens per whitespace-separated word. */
    TokenCounter WORDS = text -> {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : (stripped.split("\\s+").length * 4 + 2) / 3;
    };
}
