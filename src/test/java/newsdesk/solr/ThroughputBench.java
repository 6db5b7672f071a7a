package newsdesk.solr;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import newsdesk.qa.QaService;
import newsdesk.SolrWiring;
import newsdesk.answer.ConversationStore;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.index.CorpusIndex;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.MiniLmEmbedder;
import newsdesk.retrieve.InMemoryArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.LexicalRetriever;
import newsdesk.retrieve.PassageSearch;
import newsdesk.retrieve.VectorRetriever;
import newsdesk.testing.GeneratedArticles;

/**
 * Questions per second of one in-memory Newsdesk against one and two Newsdesk instances on a two-node SolrCloud
 * (2 shards × 2 replicas), all with the real all-MiniLM-L6-v2 model, over the seed article and 200 generated ones.
 * Each instance has its own HTTP client, store and conversation store; every setup runs the same bounded loop.
 *
 * <pre>mvn -o -q process-test-classes    # alone: its Solr launcher step runs a child Maven blind to exec.args
 * mvn -o -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=newsdesk.solr.ThroughputBench [-Dexec.args="SECONDS THREADS_PER_INSTANCE"]</pre>
 */
public final class ThroughputBench {

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<String> questions = new ArrayList<>(List.of("Who will join Xi Jinping at the Beijing parade?",
                "Which countries' leaders will join Xi at the parade?", "When did Kim last visit China?",
                "What will the parade commemorate?", "Where did Trump meet Putin?"));
        for (int i = 0; i < 200; i += 9) {
            questions.add(GeneratedArticles.question(i));
        }
        try (SolrCluster cluster = SolrCluster.start(2);
             MiniLmEmbedder embedder = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, 2);
             CorpusIndex index = new CorpusIndex(embedder.dimension())) {
            System.out.printf("cluster up in %d ms%n", cluster.startMillis());
            new SolrAdmin(new SolrNodes(cluster.nodes(), Duration.ofSeconds(60))).init(new SolrSettings(
                    SolrSettings.Store.SOLR, cluster.nodes(), "bench", "newsdesk", 2, 2, Duration.ofSeconds(60),
                    false), true);
            List<Article> articles = new ArrayList<>(
                    ArticleLoader.withDefaultReaders().load(Path.of("seeds")).articles());
            articles.addAll(GeneratedArticles.articles(200));
            long started = System.nanoTime();
            List<EmbeddedArticle> embedded = SolrWiring.embed(embedder, articles);
            long embeddedAt = System.nanoTime();
            index.upsert(embedded);
            long indexedAt = System.nanoTime();
            newStore(cluster, embedder).writer().upsert(embedded);
            long solrAt = System.nanoTime();
            System.out.printf("embedded %d articles in %d ms; in-memory index %d ms; Solr write + commit %d ms%n",
                    articles.size(), (embeddedAt - started) / 1_000_000, (indexedAt - embeddedAt) / 1_000_000,
                    (solrAt - indexedAt) / 1_000_000);

            QaService memory = SolrWiring.qa(new InMemoryArticleStore(index::current, new PassageSearch(new HybridRetriever(
                    new LexicalRetriever(), new VectorRetriever(embedder), HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                    HybridRetriever.Fusion.SCORES), PassageSearch.DEFAULT_MAX_CHARS)),
                    new InMemoryConversationStore(Clock.systemUTC(), 10_000, Duration.ofHours(1)));
            for (boolean ask : List.of(true, false)) {
                System.out.println(ask ? "ask (retrieve, answer, conversation turn):" : "search (retrieval only):");
                run("in-memory, 1 instance", List.of(memory), threads, seconds, questions, ask);
                run("SolrCloud, 1 instance", List.of(solrInstance(cluster, embedder)), threads, seconds, questions,
                        ask);
                run("SolrCloud, 2 instances", List.of(solrInstance(cluster, embedder),
                        solrInstance(cluster, embedder)), threads, seconds, questions, ask);
            }
        }
    }

    private static SolrStore newStore(SolrCluster cluster, MiniLmEmbedder embedder) {
        return new SolrStore(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)), "bench", embedder,
                SolrStore.Ranking.DEFAULT);
    }

    private static QaService solrInstance(SolrCluster cluster, MiniLmEmbedder embedder) {
        return SolrWiring.qa(newStore(cluster, embedder), new SolrConversations(
                new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)), "bench", Clock.systemUTC(),
                ConversationStore.DEFAULT_IDLE_LIMIT));
    }

    /** Warms up for 3 s, then asks (or only searches) from {@code threads} threads per instance for {@code seconds}. */
    private static void run(String name, List<QaService> instances, int threads, int seconds, List<String> questions,
                            boolean ask) throws InterruptedException {
        loop(instances, threads, 3, questions, new ConcurrentLinkedQueue<>(), ask);
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        loop(instances, threads, seconds, questions, micros, ask);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-24s %3d threads  %6.1f questions/s  p50 %6.1f ms  p95 %6.1f ms  (%d questions)%n", name,
                instances.size() * threads, sorted.length / elapsed, sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.95)] / 1000.0, sorted.length);
    }

    private static void loop(List<QaService> instances, int threads, int seconds, List<String> questions,
                             ConcurrentLinkedQueue<Long> micros, boolean ask) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        for (QaService qa : instances) {
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        String q = questions.get(Math.floorMod(next.getAndIncrement(), questions.size()));
                        long started = System.nanoTime();
                        if (ask) {
                            qa.ask(q, null, Filters.NONE);
                        } else {
                            qa.search(q, 5, Filters.NONE);
                        }
                        micros.add((System.nanoTime() - started) / 1000);
                    }
                });
                running.add(thread);
                thread.start();
            }
        }
        for (Thread thread : running) {
            thread.join();
        }
    }
}
