package newsdesk.index;

import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import newsdesk.Newsdesk;
import newsdesk.article.Article;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/**
 * The process {@link CrashTest} kills: restores the data directory, prints {@code READY}, then adds batches of
 * articles through the production ingestion path and prints {@code ACK <urls> END} after each batch is durable, until it
 * is killed. Arguments: data directory, seeds directory, run number.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path seeds = Path.of(args[1]);
        int run = Integer.parseInt(args[2]);
        Files.createDirectories(seeds);
        Random random = new Random(run);
        try (Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, data), new HashingEmbedder(),
                Clock.systemUTC())) {
            desk.ingestSeeds(Ingestor.Progress.NONE);
            System.out.println("READY " + desk.qa().articleCount());
            System.out.flush();
            for (int batch = 0; batch < 10_000; batch++) {
                int size = 1 + random.nextInt(5);
                List<Article> articles = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    String key = "r" + run + "-b" + batch + "-" + i + "of" + size;
                    Article a = TestArticles.article(key, 10 + random.nextInt(30));
                    articles.add(Article.of(a.title(), a.source(), null, OffsetDateTime.parse("2024-05-01T00:00Z"),
                            "https://example.com/crash/" + key, a.body()));
                }
                desk.ingestion().uploads().add(articles, Origin.UPLOAD, "crash-test");
                System.out.println("ACK " + String.join(" ", articles.stream().map(Article::url).toList()) + " END");
                System.out.flush();
            }
        }
    }
}
