package newsdesk.retrieve;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import newsdesk.index.LexicalRanking;

/**
 * One question as the retrievers of one search see it: its text, and its embedding, analysed terms and BM25 ranking
 * of every matching chunk, each worked out at most once, when a retriever first asks. A search makes a new {@code Question} and drops it when it returns,
 * so nothing computed for one search is reused by a later one (every search of a question is timed cold), while the
 * up to six retrievals of one search (the question as asked, restricted to the outlets and days it names) embed and
 * analyse it once. Not thread-safe: a search runs on one thread.
 */
public final class Question {

    private final String text;
    private float[] vector;
    private List<String> terms;
    private LexicalRanking lexical;

    public Question(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public String text() {
        return text;
    }

    /** The text's embedding by {@code embed}, computed on the first call; one search uses one embedding model. */
    public float[] vector(Function<String, float[]> embed) {
        if (vector == null) {
            vector = embed.apply(text);
        }
        return vector;
    }

    /** The text's analysed terms by {@code analyze}, computed on the first call. */
    public List<String> terms(Function<String, List<String>> analyze) {
        if (terms == null) {
            terms = List.copyOf(analyze.apply(text));
        }
        return terms;
    }

    /** Every chunk matching the text's terms, scored ({@link LexicalRanking}), computed on the first call. */
    public LexicalRanking lexical(Function<List<String>, LexicalRanking> rank,
                                       Function<String, List<String>> analyze) {
        if (lexical == null) {
            lexical = rank.apply(terms(analyze));
        }
        return lexical;
    }

    @Override
    public String toString() {
        return text;
    }
}
