package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.retrieve.ArticleStore;
import newsdesk.retrieve.ArticleStoreContract;
import newsdesk.retrieve.Filters;
import newsdesk.retrieve.Passage;
import newsdesk.testing.GeneratedArticles;
import newsdesk.testing.HashingEmbedder;

/** The store contract against a real two-node SolrCloud, collection of 2 shards, created by Newsdesk's own init. */
class SolrStoreContractTest extends ArticleStoreContract {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final SolrCluster cluster = SolrCluster.start(2);
    private final SolrStore store;

    SolrStoreContractTest() {
        SolrSettings settings = SolrSettings.defaults().with(cluster.nodes(), "contract");
        SolrHttp http = new SolrHttp(cluster.nodes(), Duration.ofSeconds(60));
        assertThat(new SolrAdmin(http).init(new SolrSettings(SolrSettings.Store.SOLR, cluster.nodes(), "contract",
                "newsdesk", 2, 1, Duration.ofSeconds(60), false), true)).isEqualTo(SolrAdmin.Outcome.CREATED);
        store = new SolrStore(new SolrHttp(settings), settings.collection(), embedder, SolrStore.Ranking.DEFAULT);
        System.out.println("solr cluster started in " + cluster.startMillis() + " ms");
    }

    @Override
    protected ArticleStore store() {
        return store;
    }

    @Override
    protected void write(List<Article> articles) {
        store.upsert(SolrWiring.embed(embedder, articles));
    }

    @Override
    protected void remove(List<String> articleIds) {
        store.remove(articleIds);
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
    void initLeavesOrReloadsAnExistingCollection() {
        SolrAdmin admin = new SolrAdmin(new SolrHttp(cluster.nodes(), Duration.ofSeconds(60)));
        SolrSettings settings = SolrSettings.defaults().with(cluster.nodes(), "contract");
        assertThat(admin.init(settings, false)).isEqualTo(SolrAdmin.Outcome.EXISTED);
        assertThat(admin.init(settings, true)).isEqualTo(SolrAdmin.Outcome.UPDATED);
        assertThat(store.search(GeneratedArticles.question(3), 1, Filters.NONE)).isNotEmpty();
    }
}
