package newsdesk.retrieve;

import java.util.List;

import org.junit.jupiter.api.AfterAll;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.CorpusIndex;
import newsdesk.testing.HashingEmbedder;

/** The store contract against the in-memory corpus. */
class CorpusStoreContractTest extends ArticleStoreContract {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final CorpusIndex index = new CorpusIndex(embedder.dimension());
    private final CorpusStore store = new CorpusStore(index::current, new PassageSearch(
            new HybridRetriever(new LexicalRetriever(), new VectorRetriever(embedder),
                    HybridRetriever.DEFAULT_LEXICAL_WEIGHT, HybridRetriever.Fusion.SCORES),
            PassageSearch.DEFAULT_MAX_CHARS));

    @Override
    protected ArticleStore store() {
        return store;
    }

    @Override
    protected void write(List<Article> articles) {
        index.upsert(SolrWiring.embed(embedder, articles));
    }

    @Override
    protected void remove(List<String> articleIds) {
        index.remove(articleIds);
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }
}
