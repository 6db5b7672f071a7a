package newsdesk;

import newsdesk.qa.QaService;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import newsdesk.admin.AdminSettings;
import newsdesk.answer.ExtractiveAnswerer;
import newsdesk.answer.LlmSettings;
import newsdesk.chunk.Chunker;
import newsdesk.embed.Embedder;
import newsdesk.index.IndexProfile;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.MentionBoostRetriever;
import newsdesk.slack.SlackSettings;
import newsdesk.solr.SolrSettings;
import newsdesk.web.WebSettings;

/**
 * Every knob of Newsdesk in one record. Values come from {@code NEWSDESK_*} environment variables, overridden by
 * command-line flags (which the CLI turns into the same names); {@link #KNOBS} documents each with its default.
 * The surfaces and the optional language model keep their knobs in records of their own ({@link WebSettings},
 * {@link SlackSettings}, {@link LlmSettings}, {@link AdminSettings}), read from the same values.
 */
public record Settings(
        Path seeds,
        Path dataDir,
        String host,
        int port,
        int topK,
        String model,
        String questionModel,
        int embedThreads,
        int chunkTokens,
        int chunkOverlap,
        boolean embedTitles,
        double lexicalWeight,
        HybridRetriever.Fusion fusion,
        double mentionBoost,
        double minConfidence,
        double minSimilarity,
        int maxSentences,
        boolean sentenceVectors,
        boolean learnedAbstention,
        boolean learnedRanking,
        LlmSettings llm,
        WebSettings web,
        SlackSettings slack,
        AdminSettings admin,
        SolrSettings solr) {

    /** Name → (default, description) of every knob, in the order the README lists them. */
    public static final Map<String, String[]> KNOBS = knobs();

    public Settings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (topK < 1 || topK > QaService.MAX_TOP_K) {
            throw new IllegalArgumentException("top-k must be in 1.." + QaService.MAX_TOP_K + ", got " + topK);
        }
        if (!model.equals("minilm") && !model.equals("minilm-q")) {
            throw new IllegalArgumentException("model must be minilm or minilm-q, got " + model);
        }
        questionModel = questionModel(model, questionModel);
        if (embedThreads < 1 || chunkTokens < 16 || chunkTokens > 126 || maxSentences < 1) {
            throw new IllegalArgumentException("embed threads >= 1, chunk tokens in 16..126, max sentences >= 1");
        }
        if (chunkOverlap < 0 || chunkOverlap > 3) {
            throw new IllegalArgumentException("chunk overlap must be 0..3 sentences, got " + chunkOverlap);
        }
        if (lexicalWeight < 0 || lexicalWeight > 1 || minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("lexical weight and min confidence must be in [0, 1]");
        }
        if (!Double.isNaN(minSimilarity) && (minSimilarity < 0 || minSimilarity > 1)) {
            throw new IllegalArgumentException("min similarity must be in [0, 1], got " + minSimilarity);
        }
        if (mentionBoost < 0 || mentionBoost > 10) {
            throw new IllegalArgumentException("mention boost must be in [0, 10], got " + mentionBoost);
        }
    }

    /** Settings from environment-style values; missing names take their defaults. */
    public static Settings from(Map<String, String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        KNOBS.forEach((name, meta) -> v.put(name, meta[0]));
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank() && KNOBS.containsKey(name)) {
                v.put(name, value.strip());
            }
        });
        try {
            return new Settings(
                    Path.of(v.get("NEWSDESK_SEEDS")),
                    Path.of(v.get("NEWSDESK_DATA_DIR")),
                    v.get("NEWSDESK_HOST"),
                    Integer.parseInt(v.get("NEWSDESK_PORT")),
                    Integer.parseInt(v.get("NEWSDESK_TOP_K")),
                    v.get("NEWSDESK_MODEL").toLowerCase(Locale.ROOT),
                    v.get("NEWSDESK_QUESTION_MODEL").toLowerCase(Locale.ROOT),
                    v.get("NEWSDESK_EMBED_THREADS").equals("auto") ? Runtime.getRuntime().availableProcessors()
                            : Integer.parseInt(v.get("NEWSDESK_EMBED_THREADS")),
                    Integer.parseInt(v.get("NEWSDESK_CHUNK_TOKENS")),
                    Integer.parseInt(v.get("NEWSDESK_CHUNK_OVERLAP")),
                    Boolean.parseBoolean(v.get("NEWSDESK_EMBED_TITLES")),
                    Double.parseDouble(v.get("NEWSDESK_LEXICAL_WEIGHT")),
                    HybridRetriever.Fusion.valueOf(v.get("NEWSDESK_FUSION").toUpperCase(Locale.ROOT)),
                    Double.parseDouble(v.get("NEWSDESK_MENTION_BOOST")),
                    Double.parseDouble(v.get("NEWSDESK_MIN_CONFIDENCE")),
                    v.get("NEWSDESK_MIN_SIMILARITY").equalsIgnoreCase("auto") ? Double.NaN
                            : Double.parseDouble(v.get("NEWSDESK_MIN_SIMILARITY")),
                    Integer.parseInt(v.get("NEWSDESK_MAX_SENTENCES")),
                    Boolean.parseBoolean(v.get("NEWSDESK_SENTENCE_VECTORS")),
                    Boolean.parseBoolean(v.get("NEWSDESK_LEARNED_ABSTENTION")),
                    Boolean.parseBoolean(v.get("NEWSDESK_LEARNED_RANKING")),
                    LlmSettings.fromEnv(values),
                    WebSettings.fromEnv(values),
                    SlackSettings.fromEnv(values),
                    AdminSettings.fromEnv(values),
                    SolrSettings.fromEnv(values));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a numeric setting is not a number: " + e.getMessage(), e);
        }
    }

    /**
     * The model that embeds questions: {@code auto} (the passages' model), the passages' model by name, or the
     * quantized model over the full model's passages (same 384 dimensions, same vocabulary; about half the CPU per
     * question, see docs/benchmarks.md). Anything else is refused, the full model over quantized passages included
     * (it costs more and was never measured).
     */
    private static String questionModel(String model, String questionModel) {
        if (questionModel.equals("auto") || questionModel.equals(model)) {
            return model;
        }
        if (model.equals("minilm") && questionModel.equals("minilm-q")) {
            return questionModel;
        }
        throw new IllegalArgumentException("question model must be " + (model.equals("minilm")
                ? "auto, minilm or minilm-q" : "auto or minilm-q (a minilm-q index takes minilm-q questions)")
                + " with model " + model + ", got " + questionModel);
    }

    /**
     * What the vectors of an index built with these settings and {@code embedder} depend on: a snapshot written with
     * another profile is re-embedded at start.
     */
    public IndexProfile indexProfile(Embedder embedder) {
        return new IndexProfile(embedder.modelId(), embedder.dimension(), chunkTokens, chunkOverlap, embedTitles);
    }

    public static Settings defaults() {
        return from(Map.of());
    }

    private static Map<String, String[]> knobs() {
        Map<String, String[]> k = new LinkedHashMap<>();
        k.put("NEWSDESK_SEEDS", new String[] {"seeds", "article file or folder loaded at start (--seeds)"});
        k.put("NEWSDESK_DATA_DIR", new String[] {"data", "where the index is persisted (--data-dir)"});
        k.put("NEWSDESK_HOST", new String[] {"127.0.0.1", "address the server binds (--host)"});
        k.put("NEWSDESK_PORT", new String[] {"7070", "HTTP port of `serve` (--port)"});
        k.put("NEWSDESK_TOP_K", new String[] {"5", "passages retrieved to answer a question (--top-k)"});
        k.put("NEWSDESK_MODEL", new String[] {"minilm", "embedding model: minilm (all-MiniLM-L6-v2) or minilm-q "
                + "(its quantized variant)"});
        k.put("NEWSDESK_QUESTION_MODEL", new String[] {"auto", "model that embeds questions: auto (the embedding "
            + "model) or, with model minilm, minilm-q (its quantized variant: less CPU per question, no re-ingestion)"});
        k.put("NEWSDESK_EMBED_THREADS", new String[] {"auto", "embedding threads (auto = one per core)"});
        k.put("NEWSDESK_CHUNK_TOKENS", new String[] {String.valueOf(Chunker.DEFAULT_MAX_TOKENS),
            "most word pieces per embedded chunk, fewer when a long title needs the room (the model reads 128 in all)"});
        k.put("NEWSDESK_CHUNK_OVERLAP", new String[] {String.valueOf(Chunker.DEFAULT_OVERLAP_SENTENCES),
            "sentences each chunk repeats from the one before (0..3)"});
        k.put("NEWSDESK_EMBED_TITLES", new String[] {"true", "embed each chunk with its article's title"});
        k.put("NEWSDESK_LEXICAL_WEIGHT", new String[] {String.valueOf(HybridRetriever.DEFAULT_LEXICAL_WEIGHT),
            "weight of BM25 against vectors in hybrid retrieval (0..1)"});
        k.put("NEWSDESK_FUSION", new String[] {"scores", "fusion of BM25 and vectors: scores or rrf"});
        k.put("NEWSDESK_MENTION_BOOST", new String[] {String.valueOf(MentionBoostRetriever.DEFAULT_BOOST),
            "score added to passages from outlets and days the question names (0 = off)"});
        k.put("NEWSDESK_MIN_CONFIDENCE", new String[] {String.valueOf(ExtractiveAnswerer.DEFAULT_MIN_CONFIDENCE),
            "below this confidence the bot abstains (0..1)"});
        k.put("NEWSDESK_MIN_SIMILARITY", new String[] {"auto", "below this question-passage similarity (cosine) the "
            + "bot abstains (auto = the model's calibrated 0.4; 0 = off)"});
        k.put("NEWSDESK_MAX_SENTENCES", new String[] {String.valueOf(ExtractiveAnswerer.DEFAULT_MAX_SENTENCES),
            "most sentences quoted in an extractive answer"});
        k.put("NEWSDESK_SENTENCE_VECTORS", new String[] {"false", "experimental: blend each candidate "
            + "sentence's embedding similarity to the question into the extractive answer's sentence scores "
            + "(sentences embedded while answering, about 0.2 s of CPU per answer; docs/answers.md)"});
        k.put("NEWSDESK_LEARNED_ABSTENTION", new String[] {"true", "also abstain when a fitted no-answer model "
            + "judges a question the extractive answer would answer unanswerable; today: one citing a publisher "
            + "none of the read passages is from (docs/answers.md, seventh pass)"});
        k.put("NEWSDESK_LEARNED_RANKING", new String[] {"true", "order the extractive answer's 20 best candidate "
            + "sentences by a fitted linear model over cheap features instead of word overlap alone "
            + "(docs/answers.md, eighth pass)"});
        return java.util.Collections.unmodifiableMap(k);
    }
}
