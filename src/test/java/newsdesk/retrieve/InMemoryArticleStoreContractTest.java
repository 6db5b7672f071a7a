package newsdesk.retrieve;

import java.util.List;

import org.junit.jupiter.api.AfterAll;

import newsdesk.SolrWiring;
import newsdesk.article.Article;
import newsdesk.index.CorpusIndex;
import newsdesk.testing.HashingEmbedder;

/** The store contract against the in-memory corpus, wired as {@code Newsdesk} wires it. */
class InMemoryArticleStoreContractTest extends ArticleStoreContract {

    private final HashingEmbedder embedder = new HashingEmbedder();
    private final CorpusIndex index = new CorpusIndex(embedder.dimension());
    private final VectorRetriever vectors = new VectorRetriever(embedder);
    private final InMemoryArticleStore store = new InMemoryArticleStore(index::current, new PassageSearch(new MentionBoostRetriever(
            new HybridRetriever(new LexicalRetriever(), vectors, HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                    HybridRetriever.Fusion.SCORES), MentionBoostRetriever.DEFAULT_BOOST),
            PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE, vectors::embed));

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
