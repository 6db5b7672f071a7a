package newsdesk;

import newsdesk.qa.FollowUps;
import newsdesk.qa.QaService;
import java.util.List;

import newsdesk.answer.ConversationStore;
import newsdesk.answer.ExtractiveAnswerer;
import newsdesk.article.Article;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.index.CorpusIndex;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.index.LexicalIndex;
import newsdesk.retrieve.ArticleStore;

/**
 * The wiring {@link Newsdesk} needs for {@code --store solr}, for tests until the composition root does it:
 * QaService over any {@link ArticleStore} and {@link ConversationStore} with the default extractive answerer and
 * follow-up resolver, and the chunk-and-embed step that turns articles into what a store writes.
 */
public final class SolrWiring {

    private static final LexicalIndex ANALYSIS = new LexicalIndex();

    private SolrWiring() {
    }

    public static QaService qa(ArticleStore store, ConversationStore conversations) {
        return qa(store, conversations, 0);
    }

    /** As {@link #qa(ArticleStore, ConversationStore)}, abstaining when no passage is {@code minSimilarity} close. */
    public static QaService qa(ArticleStore store, ConversationStore conversations, double minSimilarity) {
        Settings settings = Settings.defaults();
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(new SentenceSplitter(), ANALYSIS::analyze, store::idf,
                store::mentions, settings.minConfidence(), minSimilarity, settings.maxSentences());
        return new QaService(new QaService.Parts(store, answerer, conversations, new FollowUps(), settings.topK()));
    }

    /** Chunks and embeds articles with the default settings, as ingestion does before writing them to a store. */
    public static List<EmbeddedArticle> embed(Embedder embedder, List<Article> articles) {
        Settings settings = Settings.defaults();
        Chunker chunker = new Chunker(new SentenceSplitter(), embedder::countTokens, settings.chunkTokens(),
                Chunker.DEFAULT_OVERLAP_SENTENCES);
        Ingestor ingestor = new Ingestor(chunker, embedder, new CorpusIndex(embedder.dimension()),
                settings.embedTitles());
        return ingestor.embed(articles.stream().map(chunker::chunk).toList(), Ingestor.Progress.NONE);
    }
}
