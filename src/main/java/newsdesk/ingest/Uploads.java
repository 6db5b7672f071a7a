package newsdesk.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadResult;
import newsdesk.error.RefusedException;
import newsdesk.index.DurableIndex;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;

/**
 * Articles added and removed one request at a time (the admin API): each request is one all-or-nothing change,
 * durable when the call returns. Throws {@link RefusedException}: {@code no_articles} / {@code unreadable_articles} /
 * {@code seed_article} (INVALID), {@code article_not_found} (NOT_FOUND), {@code starting} / {@code data_dir_locked} /
 * {@code snapshot_write_failed} (UNAVAILABLE).
 */
public final class Uploads {

    private final ArticleLoader loader;
    private final Persister persister;
    private final Restorer restorer;

    Uploads(ArticleLoader loader, Persister persister, Restorer restorer) {
        this.loader = loader;
        this.persister = persister;
        this.restorer = restorer;
    }

    /** Adds articles as one batch, each labelled with {@code origin} and {@code label}. */
    public IngestReport add(List<Article> articles, Origin origin, String label) {
        requireOpen();
        if (articles.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "no_articles", "the request holds no articles");
        }
        return persister.persist(origin.label(), Persister.Job.all(articles,
                a -> new Provenance(origin, label, a.contentHash())), Ingestor.Progress.NONE);
    }

    /**
     * Reads uploaded files (any supported format, chosen by file name) and adds all their articles as one batch;
     * if any file or record cannot be read, nothing is added. Each article remembers its file's name; files that
     * loaded without a readable date or author are listed in the report's {@code incomplete}.
     */
    public IngestReport addFiles(List<Path> files, Origin origin) {
        requireOpen();
        List<Article> articles = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Path file : files) {
            LoadResult result = loader.load(file);
            String name = file.getFileName().toString();
            result.failures().forEach(f -> failures.add(name + ": " + f.reason()));
            result.notes().forEach(n -> incomplete.add(name + ": " + n.note()));
            for (Article article : result.articles()) {
                if (names.putIfAbsent(article.id(), name) != null) {
                    failures.add(name + ": article '" + article.title() + "' is also in " + names.get(article.id()));
                } else {
                    articles.add(article);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "unreadable_articles", "nothing was added: "
                    + failures.size() + " problem(s): " + String.join("; ", failures));
        }
        if (articles.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "no_articles", "the uploaded files hold no articles");
        }
        IngestReport report = persister.persist(origin.label(), Persister.Job.all(articles,
                a -> new Provenance(origin, names.get(a.id()), a.contentHash())), Ingestor.Progress.NONE);
        return report.withLoad(report.unchanged(), report.failures(), incomplete, report.millis());
    }

    /** Removes one article added by {@code ingest} or upload; the report's generation no longer holds it. */
    public IngestReport delete(String id) {
        requireOpen();
        DurableIndex durable = persister.durable();
        Provenance provenance = durable.provenance().get(id);
        if (durable.current().article(id).isEmpty()) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "article_not_found", "no article with id '" + id + "'");
        }
        if (provenance != null && provenance.origin() == Origin.SEEDS) {
            throw new RefusedException(RefusedException.Kind.INVALID, "seed_article", "article '" + id + "' comes from "
                    + "the seeds (" + provenance.file() + "); remove or edit that file instead, it would come back at "
                    + "the next sync");
        }
        return persister.remove("delete", id);
    }

    private void requireOpen() {
        persister.requireWritable();
        restorer.requireRestored();
    }
}
