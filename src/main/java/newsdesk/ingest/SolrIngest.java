package newsdesk.ingest;

import newsdesk.solr.SolrStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadResult;

/**
 * Ingestion into a SolrCloud collection: read, chunk and embed in this process, then write through to Solr in
 * batches that each become visible at their commit. Seeds are loaded only into an empty collection, so starting
 * more instances never re-embeds them.
 */
public final class SolrIngest {

    /** Articles written per update request and commit. */
    public static final int BATCH_ARTICLES = 50;

    private final ArticleLoader loader;
    private final Ingestor ingestor;
    private final SolrStore store;
    private final Path seeds;

    public SolrIngest(ArticleLoader loader, Ingestor ingestor, SolrStore store, Path seeds) {
        this.loader = loader;
        this.ingestor = ingestor;
        this.store = store;
        this.seeds = seeds;
    }

    public IngestReport seedIfEmpty(Ingestor.Progress progress) {
        if (store.articleCount() > 0 || !seeds.toFile().exists()) {
            return IngestReport.nothing(0, 0, List.of(), List.of(), 0);
        }
        return ingest(seeds, progress);
    }

    /** Loads {@code path} and writes its articles to Solr; a batch Solr refuses throws and is not acknowledged. */
    public IngestReport ingest(Path path, Ingestor.Progress progress) {
        long started = System.nanoTime();
        LoadResult loaded = loader.load(path);
        List<Article> articles = loaded.articles();
        int chunks = 0;
        for (int from = 0; from < articles.size(); from += BATCH_ARTICLES) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH_ARTICLES));
            chunks += store.writer().upsert(ingestor.embed(ingestor.chunk(batch), progress));
        }
        List<String> failures = new ArrayList<>();
        loaded.failures().forEach(f -> failures.add(f.path() + ": " + f.reason()));
        return new IngestReport(articles.stream().map(Article::id).toList(), 0, 0, 0, chunks, 0, false, failures,
                List.of(), (System.nanoTime() - started) / 1_000_000);
    }
}
