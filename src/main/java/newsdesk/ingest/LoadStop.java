package newsdesk.ingest;

import newsdesk.error.RefusedException;

/**
 * A request to stop ingesting, for a process that is shutting down: every write in progress ends at its next batch
 * boundary (the batch in flight is embedded and persisted first, so the model is idle and nothing embedded is lost)
 * and no new write starts. It cannot be withdrawn; the next start resumes from the persisted batches.
 */
public final class LoadStop {

    private volatile boolean requested;

    /** Asks every write to stop at its next batch boundary. */
    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }

    /** Throws when a stop was requested; called between batches, with how far the write has got. */
    void check(int articlesDone, int articlesTotal) {
        if (requested) {
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "stopping", "Newsdesk is stopping: "
                    + "ingestion ended after " + articlesDone + " of " + articlesTotal + " articles were persisted");
        }
    }
}
