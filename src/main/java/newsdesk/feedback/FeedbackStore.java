package newsdesk.feedback;

import java.util.List;

/**
 * Where ratings are kept. {@link #append} returns once the record is durable; {@link #all} returns every readable
 * record, oldest first.
 */
public interface FeedbackStore extends AutoCloseable {

    void append(Feedback feedback);

    List<Feedback> all();

    @Override
    default void close() {
    }
}
