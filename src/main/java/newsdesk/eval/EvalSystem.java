package newsdesk.eval;

import java.util.Objects;

/**
 * One contender built over the corpus: its retrieval side and, when it answers questions, its answer side
 * ({@code answers} may be {@code null}). Closing it closes whichever side is {@link AutoCloseable}.
 */
public record EvalSystem(SearchSystem search, AnswerSystem answers) implements AutoCloseable {

    public EvalSystem {
        Objects.requireNonNull(search, "search");
    }

    public static EvalSystem searchOnly(SearchSystem search) {
        return new EvalSystem(search, null);
    }

    @Override
    public void close() throws Exception {
        if (search instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (answers instanceof AutoCloseable closeable && answers != search) {
            closeable.close();
        }
    }
}
