package newsdesk.answer;

import java.util.List;
import java.util.Locale;

/**
 * A sentence's tokens with their Penn Treebank part-of-speech tags and the phrase chunks over them (CoNLL-2000
 * chunk types: NP, VP, PP …), as {@link PhraseTagger} computes them. Offsets are into the sentence, so a phrase or
 * token range is a verbatim substring of it.
 */
record Phrases(String sentence, List<Token> tokens, List<Chunk> chunks) {

    /** A token: its offsets in the sentence and its tag ("NNP", "VBD", "CD" …). */
    record Token(int start, int end, String tag) {

        boolean proper() {
            return tag.startsWith("NNP");
        }

        boolean common() {
            return tag.equals("NN") || tag.equals("NNS");
        }

        boolean verb() {
            return tag.startsWith("VB") || tag.equals("MD");
        }
    }

    /** A chunk: its type and token range [first, last). */
    record Chunk(String type, int first, int last) {
    }

    Phrases {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** The text of token {@code i}, lower-cased. */
    String word(int i) {
        Token t = tokens.get(i);
        return sentence.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    /** Index of the token starting at or covering {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return tokens.get(i).start() <= offset ? i : -1;
            }
        }
        return -1;
    }

    /** Index of the last token ending at or before {@code offset}, or -1. */
    int tokenBefore(int offset) {
        int found = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** The chunk holding token {@code i}, or {@code null} when it is outside every chunk (punctuation, "O"). */
    Chunk chunkOf(int i) {
        for (Chunk c : chunks) {
            if (c.first() <= i && i < c.last()) {
                return c;
            }
        }
        return null;
    }
}
