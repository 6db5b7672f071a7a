package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

import newsdesk.error.RefusedException;
import newsdesk.qa.QaService;
import newsdesk.SolrWiring;
import newsdesk.answer.ConversationStore;
import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.testing.GeneratedArticles;
import newsdesk.testing.HashingEmbedder;

/**
 * A Solr node stops while Newsdesk queries and writes: with a replica of every shard left, queries keep succeeding;
 * without one, they fail promptly with {@code UNAVAILABLE} (HTTP 503 at the web edge), never hang; a write that Solr
 * cannot take is reported as failed, never acknowledged, and succeeds when sent again once the node is back.
 */
class SolrFailoverTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /**
     * Set-up only: loading the collections before the test is no part of what it proves, and on a loaded machine one
     * update and commit took longer than {@link #TIMEOUT}. The stores under test keep {@link #TIMEOUT}.
     */
    private static final Duration SET_UP_TIMEOUT = Duration.ofSeconds(120);
    /** Fail-over tries each node once and Solr itself waits up to ~4 s for a shard leader. */
    private static final long LONGEST_CALL_MS = 2 * TIMEOUT.toMillis() + 10_000;

    private static final HashingEmbedder EMBEDDER = new HashingEmbedder();
    private static SolrCluster cluster;
    private static SolrStore replicated;
    private static SolrStore unreplicated;

    @BeforeAll
    static void start() {
        cluster = SolrCluster.start(2);
        SolrAdmin admin = new SolrAdmin(new SolrNodes(cluster.nodes(), SET_UP_TIMEOUT));
        admin.init(settings("replicated", 2), true);
        admin.init(settings("unreplicated", 1), true);
        List<Article> articles = new ArrayList<>(ArticleLoader.withDefaultReaders().load(Path.of("seeds")).articles());
        articles.addAll(GeneratedArticles.articles(50));
        for (String collection : List.of("replicated", "unreplicated")) {
            store(collection, SET_UP_TIMEOUT).writer().upsert(SolrWiring.embed(EMBEDDER, articles));
        }
        replicated = store("replicated");
        unreplicated = store("unreplicated");
    }

    private static SolrSettings settings(String collection, int replicas) {
        return new SolrSettings(SolrSettings.Store.SOLR, cluster.nodes(), collection, "newsdesk", 2, replicas,
                Duration.ofSeconds(60), false);
    }

    private static SolrStore store(String collection) {
        return store(collection, TIMEOUT);
    }

    private static SolrStore store(String collection, Duration timeout) {
        return new SolrStore(new SolrNodes(cluster.nodes(), timeout), collection, EMBEDDER, SolrStore.Ranking.DEFAULT);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The node hosting the unreplicated collection's first shard. */
    private static int nodeOfFirstShard() {
        JsonNode replicas = new SolrNodes(cluster.nodes(), Duration.ofSeconds(30))
                .request(null, CollectionAdminRequest.getClusterStatus().setCollectionName("unreplicated"))
                .path("cluster").path("collections").path("unreplicated").path("shards").path("shard1")
                .path("replicas");
        String baseUrl = replicas.elements().next().path("base_url").asText();
        List<URI> nodes = cluster.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).toString().equals(baseUrl)) {
                return i;
            }
        }
        throw new IllegalStateException("no node serves " + baseUrl);
    }

    private static <T> T timed(Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } finally {
            assertThat((System.nanoTime() - started) / 1_000_000).as("call time (ms)").isLessThan(LONGEST_CALL_MS);
        }
    }

    @Test
    void losingANodeNeverHangsAndNeverAcknowledgesLostWrites() throws Exception {
        int lost = nodeOfFirstShard();
        String question = GeneratedArticles.question(5);
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> callMillis = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Semaphore calls = new Semaphore(0);
        Thread load = new Thread(() -> {
            while (running.get()) {
                for (SolrStore store : List.of(replicated, unreplicated)) {
                    long started = System.nanoTime();
                    try {
                        store.search(question, 5, Filters.NONE);
                    } catch (RefusedException e) {
                        if (e.kind() != RefusedException.Kind.UNAVAILABLE) {
                            unexpected.add(e);
                        }
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                    callMillis.add((System.nanoTime() - started) / 1_000_000);
                    calls.release();
                }
            }
        });
        load.start();
        assertThat(calls.tryAcquire(10, 60, TimeUnit.SECONDS)).as("queries answered before the stop").isTrue();
        cluster.stopNode(lost);
        calls.drainPermits();
        assertThat(calls.tryAcquire(20, 60, TimeUnit.SECONDS)).as("queries answered with the node gone").isTrue();
        running.set(false);
        load.join(LONGEST_CALL_MS * 2);
        assertThat(unexpected).isEmpty();
        assertThat(callMillis).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(LONGEST_CALL_MS));
        System.out.println("queries while a node stopped: " + callMillis.size() + ", slowest "
                + callMillis.stream().mapToLong(Long::longValue).max().orElse(0) + " ms");

        // With a replica of each shard on the surviving node, reads go on as before.
        List<Passage> found = timed(() -> replicated.search(question, 5, Filters.NONE));
        assertThat(found.get(0).article().title()).startsWith(GeneratedArticles.town(5) + " ");
        QaService qa = SolrWiring.qa(replicated, new SolrConversations(new SolrNodes(cluster.nodes(), TIMEOUT),
                "replicated", Clock.systemUTC(), ConversationStore.DEFAULT_IDLE_LIMIT));
        assertThat(timed(() -> qa.ask(question, null, Filters.NONE)).text())
                .contains("$" + GeneratedArticles.budget(5) + " million");

        // Without one, the question fails fast and clearly.
        QaService frail = SolrWiring.qa(unreplicated, new SolrConversations(new SolrNodes(cluster.nodes(), TIMEOUT),
                "replicated", Clock.systemUTC(), ConversationStore.DEFAULT_IDLE_LIMIT));
        assertThatThrownBy(() -> timed(() -> frail.ask(question, null, Filters.NONE)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.UNAVAILABLE);
                    assertThat(e.code()).isEqualTo("store_unavailable");
                });

        try (WebInstances web = new WebInstances(frail)) {
            WebInstances.Reply reply = timed(() -> web.post("/api/ask", Map.of("question", question)));
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().path("error").path("code").asText()).isEqualTo("store_unavailable");
            assertThat(reply.json().path("error").path("message").asText()).startsWith("the search cluster");
        }

        // A batch that cannot be stored is refused, not acknowledged.
        List<Article> batch = new ArrayList<>();
        for (int i = 300; i < 310; i++) {
            batch.add(GeneratedArticles.article(i));
        }
        assertThatThrownBy(() -> timed(() -> unreplicated.writer().upsert(SolrWiring.embed(EMBEDDER, batch))))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo(RefusedException.Kind.UNAVAILABLE));

        // The replicated collection takes writes again once a surviving replica has become leader.
        Article late = GeneratedArticles.article(320);
        long writeStarted = System.nanoTime();
        retryFor(Duration.ofSeconds(45), () -> replicated.writer().upsert(SolrWiring.embed(EMBEDDER, List.of(late))));
        System.out.println("replicated collection took writes again after "
                + (System.nanoTime() - writeStarted) / 1_000_000 + " ms");
        assertThat(store("replicated").search(GeneratedArticles.question(320), 1, Filters.NONE).get(0).article())
                .isEqualTo(late);

        // Back with the node, the refused batch is simply sent again (replacing is idempotent).
        cluster.startNode(lost);
        int before = retryFor(Duration.ofSeconds(45), () -> unreplicated.articleCount());
        retryFor(Duration.ofSeconds(45), () -> unreplicated.writer().upsert(SolrWiring.embed(EMBEDDER, batch)));
        assertThat(unreplicated.articleCount()).isBetween(before, 51 + batch.size()).isEqualTo(51 + batch.size());
        for (Article article : batch) {
            assertThat(unreplicated.article(article.id())).contains(article);
        }
    }

    private static <T> T retryFor(Duration limit, Supplier<T> call) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (RefusedException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
