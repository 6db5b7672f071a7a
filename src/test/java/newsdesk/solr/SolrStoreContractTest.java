package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import newsdesk.error.RefusedException;
import newsdesk.SolrWiring;
import newsdesk.answer.ConversationStore;
import newsdesk.article.Article;
import newsdesk.retrieve.ArticleStore;
import newsdesk.retrieve.ArticleStoreContract;
import newsdesk.article.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.testing.GeneratedArticles;
import newsdesk.testing.HashingEmbedder;
import org.junit.jupiter.api.Nested;
import newsdesk.answer.ConversationStoreContract;
import newsdesk.testing.MutableClock;

/** The store contract against a real two-node SolrCloud, collection of 2 shards, created by Newsdesk's own init. */
class SolrStoreContractTest extends ArticleStoreContract {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final SolrCluster cluster = SolrCluster.start(2);
    private final SolrStore store;

    SolrStoreContractTest() {
        SolrSettings settings = SolrSettings.defaults().with(cluster.nodes(), "contract");
        SolrNodes nodes = new SolrNodes(cluster.nodes(), Duration.ofSeconds(60));
        assertThat(new SolrAdmin(nodes).init(new SolrSettings(SolrSettings.Store.SOLR, cluster.nodes(), "contract",
                "newsdesk", 2, 1, Duration.ofSeconds(60), false), true)).isEqualTo(SolrAdmin.Outcome.CREATED);
        store = new SolrStore(new SolrNodes(settings), settings.collection(), embedder, SolrStore.Ranking.DEFAULT);
        System.out.println("solr cluster started in " + cluster.startMillis() + " ms");
    }

    @Override
    protected ArticleStore store() {
        return store;
    }

    @Override
    protected void write(List<Article> articles) {
        store.writer().upsert(SolrWiring.embed(embedder, articles));
    }

    @Override
    protected void remove(List<String> articleIds) {
        store.writer().remove(articleIds);
    }

    @AfterAll
    void stop() {
        cluster.close();
    }

    @Test
    void userTextIsNeverQuerySyntax() {
        for (String query : List.of("kind:article OR *:*", "{!knn f=vector topK=5}[1,2]", "council AND (budget",
                "\"unbalanced", "title:\\", "council^100 OR body:*")) {
            List<Passage> passages = store.search(query, 5, Filters.NONE);
            assertThat(passages).allSatisfy(p -> assertThat(p.article().body()).contains(p.text()));
        }
    }

    @Test
    void solrInitCreatesACollectionFromTheConfigsetInTheJar() {
        String urls = String.join(",", cluster.nodes().stream().map(Object::toString).toList());
        int exit = new CommandLine(new SolrInitCommand()).execute("--solr-url", urls, "--solr-collection", "initcmd",
                "--shards", "1", "--replicas", "1");
        assertThat(exit).isZero();
        SolrAdmin admin = new SolrAdmin(new SolrNodes(cluster.nodes(), Duration.ofSeconds(60)));
        assertThat(admin.collectionExists("initcmd")).isTrue();
        SolrStore other = new SolrStore(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)), "initcmd", embedder,
                SolrStore.Ranking.DEFAULT);
        assertThat(other.ready()).isTrue();
        assertThat(other.articleCount()).isZero();
        assertThat(new CommandLine(new SolrInitCommand()).execute("--solr-url", urls, "--solr-collection",
                "initcmd", "--keep-existing")).isZero();
        admin.deleteCollection("initcmd");
        assertThat(other.ready()).isFalse();
        assertThatThrownBy(() -> other.search("council", 3, Filters.NONE)).isInstanceOfSatisfying(
                RefusedException.class, e -> assertThat(e.code()).isEqualTo("store_missing"));
    }

    @Test
    void conversationsExpireWhenIdleAndKeepConcurrentTurns() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        SolrConversations one = new SolrConversations(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)),
                "contract", clock, Duration.ofMinutes(30));
        SolrConversations two = new SolrConversations(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)),
                "contract", clock, Duration.ofMinutes(30));
        String id = one.start();
        assertThat(two.turns(id)).contains(List.of());
        List<Thread> threads = new ArrayList<>();
        for (SolrConversations instance : List.of(one, two)) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < 8; i++) {
                    instance.append(id, new ConversationStore.Turn("q" + i + "@" + instance.hashCode(), "a", List.of()));
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(one.turns(id)).hasValueSatisfying(turns -> assertThat(turns).hasSize(16));
        for (int i = 0; i < 10; i++) {
            two.append(id, new ConversationStore.Turn("more " + i, "a", List.of("x")));
        }
        assertThat(one.turns(id)).hasValueSatisfying(turns -> assertThat(turns).hasSize(ConversationStore.MAX_TURNS)
                .last().isEqualTo(new ConversationStore.Turn("more 9", "a", List.of("x"))));

        clock.advance(Duration.ofMinutes(29));
        assertThat(two.turns(id)).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(two.turns(id)).isEmpty();
        assertThat(one.turns("not-a-uuid")).isEmpty();
        assertThat(one.turns("00000000-0000-4000-8000-000000000000")).isEmpty();
        assertThat(store.articleCount()).isEqualTo(store.articles(0, 1000).size());
    }

    /** The conversation store contract against the same collection. */
    @Nested
    class ConversationContract extends ConversationStoreContract {

        @Override
        protected ConversationStore store(Clock clock, Duration idleLimit) {
            return new SolrConversations(new SolrNodes(cluster.nodes(), Duration.ofSeconds(10)), "contract", clock,
                    idleLimit);
        }
    }

    @Test
    void initLeavesOrReloadsAnExistingCollection() {
        SolrAdmin admin = new SolrAdmin(new SolrNodes(cluster.nodes(), Duration.ofSeconds(60)));
        SolrSettings settings = SolrSettings.defaults().with(cluster.nodes(), "contract");
        assertThat(admin.init(settings, false)).isEqualTo(SolrAdmin.Outcome.EXISTED);
        assertThat(admin.init(settings, true)).isEqualTo(SolrAdmin.Outcome.UPDATED);
        assertThat(store.search(GeneratedArticles.question(3), 1, Filters.NONE)).isNotEmpty();
    }
}
