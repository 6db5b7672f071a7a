package newsdesk;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.javalin.Javalin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.answer.Answerer;
import newsdesk.answer.Conversations;
import newsdesk.answer.ExtractiveAnswerer;
import newsdesk.answer.FollowUpCondenser;
import newsdesk.answer.LlmAnswerer;
import newsdesk.answer.LlmClient;
import newsdesk.answer.PromptLibrary;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadResult;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.index.CorpusIndex;
import newsdesk.index.Embedder;
import newsdesk.index.Ingestor;
import newsdesk.index.LexicalIndex;
import newsdesk.index.MiniLmEmbedder;
import newsdesk.retrieve.CorpusStore;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.LexicalRetriever;
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

    private static final Logger LOG = LoggerFactory.getLogger(Newsdesk.class);

    private final Settings settings;
    private final Embedder embedder;
    private final CorpusIndex index;
    private final Ingestor ingestor;
    private final ArticleLoader loader;
    private final QaService qa;
    private final LlmClient llm;
    private final Clock clock;
    private ExecutorService background;

    private Newsdesk(Settings settings, Embedder embedder, Clock clock) {
        this.settings = settings;
        this.embedder = embedder;
        this.clock = clock;
        this.index = new CorpusIndex(embedder.dimension());
        SentenceSplitter splitter = new SentenceSplitter();
        Chunker chunker = new Chunker(splitter, embedder::countTokens, settings.chunkTokens(),
                Chunker.DEFAULT_OVERLAP_SENTENCES);
        this.ingestor = new Ingestor(chunker, embedder, index, settings.embedTitles());
        this.loader = ArticleLoader.withDefaultReaders();
        PassageSearch search = new PassageSearch(retriever(settings, embedder), PassageSearch.DEFAULT_MAX_CHARS);
        LexicalIndex lexical = index.current().lexical();
        Answerer extractive = new ExtractiveAnswerer(splitter, lexical::analyze,
                term -> LexicalIndex.idf(index.current().searcher(), term),
                settings.minConfidence(), settings.maxSentences());
        Answerer answerer = extractive;
        FollowUpResolver followUps = new FollowUps();
        if (settings.llm().enabled()) {
            PromptLibrary prompts = PromptLibrary.load(settings.llm().promptsDir());
            this.llm = LlmClient.create(settings.llm(), clock);
            answerer = new LlmAnswerer(llm, prompts, clock, extractive);
            FollowUpCondenser condenser = new FollowUpCondenser(llm, prompts, clock);
            followUps = (question, turns) -> {
                String standalone = condenser.condense(question, turns);
                return new FollowUpResolver.Resolved(standalone, standalone);
            };
        } else {
            this.llm = null;
        }
        Conversations conversations = new Conversations(clock, Conversations.DEFAULT_MAX_CONVERSATIONS,
                Conversations.DEFAULT_IDLE_LIMIT);
        this.qa = new QaService(new QaService.Parts(new CorpusStore(index::current, search), answerer, conversations,
                followUps, settings.topK()));
    }

    /** Newsdesk with the in-process MiniLM embedder chosen by {@code settings.model()}. */
    public static Newsdesk create(Settings settings) {
        MiniLmEmbedder.Variant variant = settings.model().equals("minilm-q")
                ? MiniLmEmbedder.Variant.QUANTIZED : MiniLmEmbedder.Variant.FULL;
        return new Newsdesk(settings, new MiniLmEmbedder(variant, settings.embedThreads()), Clock.systemUTC());
    }

    /** Newsdesk with a given embedder (tests use a deterministic fake). */
    public static Newsdesk create(Settings settings, Embedder embedder, Clock clock) {
        return new Newsdesk(settings, embedder, clock);
    }

    static Retriever retriever(Settings settings, Embedder embedder) {
        return new HybridRetriever(new LexicalRetriever(), new VectorRetriever(embedder), settings.lexicalWeight(),
                settings.fusion());
    }

    public QaService qa() {
        return qa;
    }

    /**
     * The HTTP surface as {@code serve} runs it: API, chat page, widget and the Slack/Mattermost webhooks, unstarted.
     * Webhook answers that outlive their request run on a small pool owned by this Newsdesk.
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
        return WebApp.create(qa, settings.web(),
                config -> SlackRoutes.register(config, qa, settings.slack(), clock, http, background));
    }

    public Settings settings() {
        return settings;
    }

    /** Loads the configured seeds; see {@link #ingest}. */
    public IngestReport ingestSeeds(Ingestor.Progress progress) {
        return ingest(settings.seeds(), progress);
    }

    /**
     * Reads every article under {@code path} (a file or folder), embeds and indexes them in one batch. Files that
     * cannot be read are reported in the result and logged, never fatal.
     */
    public IngestReport ingest(Path path, Ingestor.Progress progress) {
        long started = System.nanoTime();
        LoadResult loaded = loader.load(path);
        loaded.failures().forEach(f -> LOG.warn("skipped {}: {}", f.path(), f.reason()));
        int chunks = ingestor.ingest(loaded.articles(), progress);
        return new IngestReport(loaded.articles().size(), chunks, loaded.failures().stream()
                .map(f -> f.path() + ": " + f.reason()).toList(), (System.nanoTime() - started) / 1_000_000);
    }

    /** What an ingestion did: articles and chunks added, files skipped with their reasons, time taken. */
    public record IngestReport(int articles, int chunks, List<String> failures, long millis) {
    }

    @Override
    public void close() throws Exception {
        if (background != null) {
            background.shutdownNow();
        }
        index.close();
        if (llm != null) {
            llm.close();
        }
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
