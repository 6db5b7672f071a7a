package newsdesk.embed;

import java.util.ArrayList;
import java.util.List;

import newsdesk.chunk.Chunker;

/** Cuts chunked articles into consecutive batches for bulk ingestion; each batch is embedded and persisted whole. */
public final class Batches {

    private Batches() {
    }

    /**
     * Consecutive groups, in order, of at most {@code maxChunks} chunks each, except that an article larger than
     * that forms a batch of its own; articles are never split. No articles give one empty batch (so removals still
     * have a batch to travel with).
     */
    public static List<List<Chunker.Chunked>> split(List<Chunker.Chunked> articles, int maxChunks) {
        if (maxChunks < 1) {
            throw new IllegalArgumentException("maxChunks must be positive");
        }
        List<List<Chunker.Chunked>> batches = new ArrayList<>();
        int from = 0;
        do {
            int to = from;
            int size = 0;
            while (to < articles.size() && (to == from || size + articles.get(to).chunks().size() <= maxChunks)) {
                size += articles.get(to++).chunks().size();
            }
            batches.add(articles.subList(from, to));
            from = to;
        } while (from < articles.size());
        return batches;
    }
}
