package newsdesk.eval;

import newsdesk.ingest.IngestReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.ingest.Ingestor;

/**
 * The named contenders of an evaluation, in the order they run: Newsdesk as configured (hybrid retrieval and the
 * full answer path), Newsdesk with BM25 only and with vectors only (lexical weight 1 and 0; the other side still
 * runs and its candidates trail the ranking with a zero weight), then the two reproducible baselines.
 */
public final class Contenders {

    /** Newsdesk's own pipeline as configured: retrieval and the extractive answer path. */
    public static final String NEWSDESK = "newsdesk";
    /** Newsdesk's pipeline with the lexical weight at 1: its BM25 side alone (retrieval only). */
    public static final String NEWSDESK_BM25 = "newsdesk-bm25";
    /** Newsdesk's pipeline with the lexical weight at 0: its vector side alone (retrieval only). */
    public static final String NEWSDESK_VECTORS = "newsdesk-vectors";
    /** langchain4j naive RAG: recursive(300, 30) chunks, all-MiniLM-L6-v2 with library defaults, in-memory store. */
    public static final String NAIVE_RAG = "naive-rag";
    /** Lucene BM25 alone with EnglishAnalyzer over the same chunks. */
    public static final String BM25 = "bm25";

    /**
     * What {@code eval} runs by default: Newsdesk and the two baselines. The Newsdesk ablations each ingest the
     * corpus again (minutes on 2 cores), so they run on request.
     */
    public static final List<String> DEFAULT = List.of(NEWSDESK, NAIVE_RAG, BM25);

    static final String LEXICAL_WEIGHT = "NEWSDESK_LEXICAL_WEIGHT";

    private Contenders() {
    }

    /**
     * Every contender. The Newsdesk ones ingest {@code corpus} themselves through Newsdesk's own readers.
     *
     * @param settings settings for a Newsdesk, given {@code NEWSDESK_*} overrides on top of the user's
     * @param create   the composition root call, {@link Newsdesk#create(Settings)} outside tests
     */
    public static Map<String, SystemFactory> all(Path corpus, Function<Map<String, String>, Settings> settings,
                                                 Function<Settings, Newsdesk> create) {
        Map<String, SystemFactory> all = new LinkedHashMap<>();
        all.put(NEWSDESK, newsdesk(corpus, create, settings.apply(Map.of()), true));
        all.put(NEWSDESK_BM25, newsdesk(corpus, create, settings.apply(Map.of(LEXICAL_WEIGHT, "1")), false));
        all.put(NEWSDESK_VECTORS, newsdesk(corpus, create, settings.apply(Map.of(LEXICAL_WEIGHT, "0")), false));
        all.putAll(baselines());
        return all;
    }

    public static Map<String, SystemFactory> baselines() {
        Map<String, SystemFactory> baselines = new LinkedHashMap<>();
        baselines.put(NAIVE_RAG, corpus -> EvalSystem.searchOnly(
                NaiveRagBaseline.ingest(corpus, new AllMiniLmL6V2EmbeddingModel())));
        baselines.put(BM25, corpus -> EvalSystem.searchOnly(Bm25Baseline.index(corpus)));
        return baselines;
    }

    static SystemFactory newsdesk(Path corpus, Function<Settings, Newsdesk> create, Settings settings,
                                  boolean answers) {
        return articles -> {
            Newsdesk desk = create.apply(settings);
            try {
                IngestReport report = desk.ingest(corpus, Ingestor.Progress.NONE);
                if (report.articles() + report.unchanged() != articles.size()) {
                    throw new IllegalStateException("Newsdesk ingested " + report.articles() + " articles ("
                            + report.unchanged() + " unchanged), the baselines " + articles.size() + ": "
                            + report.failures());
                }
            } catch (RuntimeException e) {
                desk.close();
                throw e;
            }
            NewsdeskSystem system = new NewsdeskSystem(desk);
            return new EvalSystem(system, answers ? system : null);
        };
    }
}
