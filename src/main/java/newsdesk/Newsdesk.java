package newsdesk;

import newsdesk.ingest.IngestReport;
import newsdesk.ingest.Ingestion;
import newsdesk.qa.QaService;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.javalin.Javalin;

import newsdesk.admin.AdminRoutes;
import newsdesk.admin.AdminSettings;
import newsdesk.admin.AdminToken;
import newsdesk.admin.FeedbackExport;
import newsdesk.answer.ConversationStore;
import newsdesk.answer.InMemoryConversationStore;
import newsdesk.answer.LlmClient;
import newsdesk.answer.PhraseTagger;
import newsdesk.article.ArticleLoader;
import newsdesk.feedback.AnswerMemory;
import newsdesk.feedback.AnswerSettings;
import newsdesk.feedback.FeedbackLog;
import newsdesk.feedback.FeedbackService;
import newsdesk.feedback.FeedbackStore;
import newsdesk.feedback.RecentAnswers;
import newsdesk.index.CorpusIndex;
import newsdesk.index.DurableIndex;
import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.index.LexicalIndex;
import newsdesk.embed.MiniLmEmbedder;
import newsdesk.ingest.SeedSync;
import newsdesk.index.SnapshotStore;
import newsdesk.retrieve.ArticleStore;
import newsdesk.retrieve.InMemoryArticleStore;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.LexicalRetriever;
import newsdesk.retrieve.MentionBoostRetriever;
import newsdesk.retrieve.PassageSearch;
import newsdesk.retrieve.Retriever;
import newsdesk.retrieve.VectorRetriever;
import newsdesk.slack.SlackRoutes;
import newsdesk.web.WebApp;

/**
 * The composition root: the only place that chooses and constructs implementations. Every command and test builds
 * Newsdesk through {@link #create}, then loads articles and hands {@link #qa()} to a surface.
 */
public final class Newsdesk implements AutoCloseable {

    private final Settings settings;
    private final Embedder embedder;
    /** Embeds questions: {@link #embedder} itself unless {@link Settings#questionModel} names another model. */
    private final Embedder questions;
    private final CorpusIndex index;
    private final SnapshotStore store;
    private final Ingestion ingestion;
    private final QaService qa;
    private final LlmClient llm;
    private final Clock clock;
    private ExecutorService background;
    private AdminToken adminToken;
    private final ScaleOut solr;
    private final FeedbackStore feedbackStore;
    private final PhraseTagger tagger = new PhraseTagger();
    /** The answerer's OpenNLP models, read from construction on; not ready, and start-up not over, before them. */
    private final CompletableFuture<Void> answerModels = tagger.loadInBackground();

    private Newsdesk(Settings settings, Embedder embedder, Embedder questions, Clock clock) {
        if (questions.dimension() != embedder.dimension()) {
            throw new IllegalArgumentException("the question model gives " + questions.dimension()
                    + " dimensions, the index holds " + embedder.dimension());
        }
        this.settings = settings;
        this.embedder = embedder;
        this.questions = questions;
        this.clock = clock;
        this.index = new CorpusIndex(embedder.dimension());
        Ingestor ingestor = Ingestor.withChunker(embedder, index, settings.chunkTokens(), settings.chunkOverlap(),
                settings.embedTitles());
        ArticleLoader loader = ArticleLoader.withDefaultReaders();
        this.store = new SnapshotStore(settings.dataDir(), settings.indexProfile(embedder), clock);
        DurableIndex durable = new DurableIndex(index, store);
        this.ingestion = Ingestion.of(ingestor, durable, loader, new SeedSync(loader, settings.seeds()));
        VectorRetriever vectors = new VectorRetriever(questions);
        Retriever retriever = new MentionBoostRetriever(new HybridRetriever(new LexicalRetriever(), vectors,
                settings.lexicalWeight(), settings.fusion()), settings.mentionBoost());
        PassageSearch search = new PassageSearch(retriever, PassageSearch.DEFAULT_MAX_CHARS,
                PassageSearch.DEFAULT_PER_ARTICLE, vectors::embed);
        LexicalIndex lexical = index.current().lexical();
        ArticleStore articles = new InMemoryArticleStore(index::current, search,
                () -> durable.ready() && answerModels.isDone());
        ConversationStore conversations = new InMemoryConversationStore(clock, InMemoryConversationStore.DEFAULT_MAX_CONVERSATIONS,
                ConversationStore.DEFAULT_IDLE_LIMIT);
        this.solr = ScaleOut.create(settings, questions, loader, ingestor, clock);
        if (solr != null) {
            articles = solr.store();
            conversations = solr.conversations();
        }
        Answering answering = Answering.create(settings, clock, embedder, lexical, articles, tagger);
        this.llm = answering.llm();
        this.feedbackStore = solr == null ? new FeedbackLog(settings.dataDir()) : solr.feedback();
        AnswerMemory recent = solr == null
                ? new RecentAnswers(clock, RecentAnswers.DEFAULT_MAX_ANSWERS, RecentAnswers.DEFAULT_LIFETIME)
                : solr.recentAnswers();
        FeedbackService feedback = new FeedbackService(() -> UUID.randomUUID().toString(), recent, feedbackStore,
                new AnswerSettings(settings.topK(), solr == null ? "memory" : "solr", settings.model(),
                        settings.questionModel(), version()), clock);
        this.qa = new QaService(new QaService.Parts(articles, answering.answerer(), conversations,
                answering.followUps(), settings.topK(), feedback));
    }

    /** The version of this build (from the jar's manifest), or "dev" when run from classes. */
    static String version() {
        String version = Newsdesk.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Newsdesk with the in-process MiniLM embedder chosen by {@code settings.model()}, and questions embedded by the
     * one {@code settings.questionModel()} names (the same instance when it is the same model).
     */
    public static Newsdesk create(Settings settings) {
        MiniLmEmbedder passages = new MiniLmEmbedder(MiniLmEmbedder.Variant.named(settings.model()), settings.embedThreads());
        Embedder questions = settings.questionModel().equals(settings.model()) ? passages
                : new MiniLmEmbedder(MiniLmEmbedder.Variant.named(settings.questionModel()), settings.embedThreads());
        return new Newsdesk(settings, passages, questions, Clock.systemUTC());
    }

    /** Newsdesk with a given embedder for passages and questions (tests use a deterministic fake). */
    public static Newsdesk create(Settings settings, Embedder embedder, Clock clock) {
        return new Newsdesk(settings, embedder, embedder, clock);
    }

    /** Newsdesk embedding passages with {@code embedder} and questions with {@code questions} (same dimension). */
    public static Newsdesk create(Settings settings, Embedder embedder, Embedder questions, Clock clock) {
        return new Newsdesk(settings, embedder, questions, clock);
    }

    public QaService qa() {
        return qa;
    }

    /**
     * The HTTP surface as {@code serve} runs it: API, chat page, widget, the Slack/Mattermost webhooks and the admin
     * ingestion API (with {@code NEWSDESK_ADMIN_TOKEN}, or else the token kept in the data directory, see
     * {@link #adminToken()}), unstarted. Webhook answers that outlive their request run on a small pool owned by this Newsdesk.
     */
    public synchronized Javalin webApp() {
        if (background == null) {
            background = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "webhook-answers");
                thread.setDaemon(true);
                return thread;
            });
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (solr == null && !settings.admin().hasToken() && adminToken == null) {
            adminToken = AdminToken.resolve(settings.dataDir());
        }
        AdminSettings admin = adminToken == null ? settings.admin() : settings.admin().withToken(adminToken.token());
        return WebApp.create(qa, settings.web(), config -> {
            SlackRoutes.register(config, qa, settings.slack(), clock, http, background);
            if (solr == null) {
                AdminRoutes.register(config, ingestion, admin);
            }
            FeedbackExport.register(config, qa, admin);
        });
    }

    /**
     * The admin token {@link #webApp()} generated or read from the data directory because {@code NEWSDESK_ADMIN_TOKEN}
     * is not set; empty when it is set (or before {@code webApp()}, or with the Solr store, which has no admin API).
     */
    public synchronized Optional<AdminToken> adminToken() {
        return Optional.ofNullable(adminToken);
    }

    public Settings settings() {
        return settings;
    }

    /** The ingestion use case (CLI {@code ingest}, admin API, seed watching). */
    public Ingestion ingestion() {
        return ingestion;
    }

    /**
     * Start-up: loads the newest valid snapshot from the data directory, then brings the seeds up to date (only new
     * or changed seed articles are embedded). Files that cannot be read are reported in the result, never fatal.
     * Returns once the answerer's models are loaded too.
     */
    public IngestReport ingestSeeds(Ingestor.Progress progress) {
        long started = System.nanoTime();
        IngestReport report = solr != null ? solr.ingest().seedIfEmpty(progress)
                : ingestion.seeds().start(progress).withMillis((System.nanoTime() - started) / 1_000_000);
        answerModels.join();
        return report;
    }

    /** Loads the newest valid snapshot without looking at the seeds (what {@code ingest PATH} starts from). */
    public void restore() {
        if (solr == null) {
            ingestion.restorer().restore(Ingestor.Progress.NONE);
        }
        answerModels.join();
    }

    /** Whether the answerer's OpenNLP models are loaded (after {@link #ingestSeeds} or {@link #restore}). */
    boolean answerModelsLoaded() {
        return tagger.loaded();
    }

    /**
     * Reads every article under {@code path} (a file or folder), embeds them and adds them to the persisted corpus in
     * batches, each durable before the next starts. Files that cannot be read are reported and logged, never fatal.
     */
    public IngestReport ingest(Path path, Ingestor.Progress progress) {
        return solr != null ? solr.ingest().ingest(path, progress) : ingestion.bulk().ingest(path, progress);
    }

    @Override
    public void close() throws Exception {
        if (background != null) {
            background.shutdownNow();
        }
        feedbackStore.close();
        if (solr != null) {
            solr.nodes().close();
        }
        store.close();
        index.close();
        if (llm != null) {
            llm.close();
        }
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
        if (questions != embedder && questions instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
