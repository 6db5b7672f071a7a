package newsdesk.solr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import newsdesk.error.RefusedException;
import newsdesk.index.EmbeddedArticle;

/**
 * The writing side of the Solr store. {@link #upsert} replaces each article (its old chunks deleted, the new ones
 * added, in one update request) and returns only after a hard commit has made the batch durable and visible; when
 * Solr does not acknowledge, it throws {@link RefusedException} {@code UNAVAILABLE} and nothing is reported as
 * stored. Replacing is idempotent, so a failed batch can simply be sent again. Every write clears the reading
 * side's caches.
 */
public final class SolrWriter {

    /** Articles sent per update request (each with its chunks, about 2 MB of JSON with 384-d vectors). */
    public static final int ARTICLES_PER_REQUEST = 100;

    private final SolrCollection collection;
    private final Runnable written;

    SolrWriter(SolrCollection collection, Runnable written) {
        this.collection = collection;
        this.written = written;
    }

    /** Replaces these articles (all chunks and vectors) and commits; returns the number of chunks written. */
    public int upsert(List<EmbeddedArticle> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        for (EmbeddedArticle embedded : batch) {
            for (float[] vector : embedded.vectors()) {
                if (vector.length != SolrDocs.DIMENSION) {
                    throw new IllegalArgumentException("the Solr schema holds " + SolrDocs.DIMENSION
                            + "-d vectors, got " + vector.length);
                }
            }
        }
        String rev = UUID.randomUUID().toString();
        long seq = System.currentTimeMillis() * 1000;
        for (int from = 0; from < batch.size(); from += ARTICLES_PER_REQUEST) {
            List<EmbeddedArticle> part = batch.subList(from, Math.min(batch.size(), from + ARTICLES_PER_REQUEST));
            collection.update(SolrDocs.replaceRequest(part, seq + from, rev), false);
            written.run();
        }
        collection.commit();
        written.run();
        return batch.stream().mapToInt(e -> e.vectors().size()).sum();
    }

    /** Removes these articles (unknown ids are ignored) and commits. */
    public void remove(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            collection.update(SolrDocs.deleteRequest(articleIds), true);
            written.run();
        }
    }
}
