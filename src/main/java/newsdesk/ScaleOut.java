package newsdesk;

import java.time.Clock;

import newsdesk.answer.ConversationStore;
import newsdesk.article.ArticleLoader;
import newsdesk.embed.Embedder;
import newsdesk.feedback.AnswerMemory;
import newsdesk.feedback.FeedbackStore;
import newsdesk.feedback.RecentAnswers;
import newsdesk.ingest.Ingestor;
import newsdesk.ingest.SolrIngest;
import newsdesk.retrieve.PassageSearch;
import newsdesk.solr.SolrAdmin;
import newsdesk.solr.SolrConversations;
import newsdesk.solr.SolrFeedback;
import newsdesk.solr.SolrNodes;
import newsdesk.solr.SolrRecentAnswers;
import newsdesk.solr.SolrSettings;
import newsdesk.solr.SolrStore;

/**
 * The Solr half of the composition root ({@code --store solr}): the article store, its ingestion, conversations and
 * feedback and the answers feedback may refer to, all over one SolrJ client (closed
 * with {@link Newsdesk}) of one collection. Only {@link Newsdesk} calls {@link #create}.
 */
record ScaleOut(SolrNodes nodes, SolrStore store, SolrIngest ingest, ConversationStore conversations,
                FeedbackStore feedback, AnswerMemory recentAnswers) {

    /** The Solr parts when the settings choose the Solr store (creating the collection if asked to), else null. */
    static ScaleOut create(Settings settings, Embedder embedder, ArticleLoader loader, Ingestor ingestor,
                           Clock clock) {
        if (settings.solr().store() != SolrSettings.Store.SOLR) {
            return null;
        }
        SolrNodes nodes = new SolrNodes(settings.solr());
        if (settings.solr().autoInit()) {
            new SolrAdmin(nodes).init(settings.solr(), false);
        }
        String collection = settings.solr().collection();
        SolrStore store = new SolrStore(nodes, collection, embedder, new SolrStore.Ranking(settings.lexicalWeight(),
                settings.fusion(), PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE,
                settings.mentionBoost()));
        return new ScaleOut(nodes, store, new SolrIngest(loader, ingestor, store, settings.seeds()),
                new SolrConversations(nodes, collection, clock, ConversationStore.DEFAULT_IDLE_LIMIT),
                new SolrFeedback(nodes, collection),
                new SolrRecentAnswers(nodes, collection, clock, RecentAnswers.DEFAULT_LIFETIME));
    }
}
