package newsdesk.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadFailure;
import newsdesk.article.LoadNote;
import newsdesk.article.LoadResult;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;

/**
 * {@code newsdesk ingest PATH}: reads every article under a file or folder and persists the new or changed ones in
 * batches of about {@link #BATCH_CHUNKS} chunks, each durable before the next starts. Unreadable files are reported,
 * never fatal.
 */
public final class BulkIngest {

    /** Chunks embedded per persisted batch: a crash loses at most this much embedding work. */
    public static final int BATCH_CHUNKS = 512;

    private static final Logger LOG = LoggerFactory.getLogger(BulkIngest.class);

    private final ArticleLoader loader;
    private final Persister persister;
    private final Restorer restorer;

    BulkIngest(ArticleLoader loader, Persister persister, Restorer restorer) {
        this.loader = loader;
        this.persister = persister;
        this.restorer = restorer;
    }

    /** Ingests {@code path}; articles the index holds with the same content are counted as unchanged. */
    public IngestReport ingest(Path path, Ingestor.Progress progress) {
        persister.requireWritable();
        restorer.restore(progress);
        LoadResult loaded = loader.load(path);
        List<String> failures = loaded.failures().stream().map(LoadFailure::toString).toList();
        List<String> incomplete = loaded.notes().stream().map(LoadNote::toString).toList();
        String label = path.toString();
        long started = System.nanoTime();
        var durable = persister.durable();
        Map<String, Provenance> known = durable.provenance();
        var corpus = durable.current();
        List<Article> fresh = new ArrayList<>();
        for (Article article : loaded.articles()) {
            Provenance provenance = known.get(article.id());
            boolean same = provenance != null && provenance.contentHash().equals(article.contentHash())
                    && corpus.article(article.id()).isPresent();
            if (!same) {
                fresh.add(article);
            }
        }
        int unchanged = loaded.articles().size() - fresh.size();
        if (fresh.isEmpty()) {
            LOG.info("ingest {}: all {} articles already indexed with the same content", label, unchanged);
            return IngestReport.nothing(durable.store().current(), unchanged, failures, incomplete,
                    Persister.millisSince(started));
        }
        IngestReport report = persister.persist("ingest", new Persister.Job(fresh,
                a -> new Provenance(Origin.INGEST, label, a.contentHash()), Set.of(), Map.of(), false, BATCH_CHUNKS),
                progress);
        return report.withLoad(unchanged, failures, incomplete, Persister.millisSince(started));
    }
}
