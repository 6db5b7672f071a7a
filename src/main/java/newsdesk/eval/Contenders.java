package newsdesk.eval;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** The named contenders the harness knows without the Newsdesk pipeline: the two reproducible baselines. */
public final class Contenders {

    /** langchain4j naive RAG: recursive(300, 30) chunks, all-MiniLM-L6-v2 with library defaults, in-memory store. */
    public static final String NAIVE_RAG = "naive-rag";
    /** Lucene BM25 alone with EnglishAnalyzer over the same chunks. */
    public static final String BM25 = "bm25";

    private Contenders() {
    }

    public static Map<String, SystemFactory> baselines() {
        Map<String, SystemFactory> baselines = new LinkedHashMap<>();
        baselines.put(NAIVE_RAG, corpus -> EvalSystem.searchOnly(
                NaiveRagBaseline.ingest(corpus, new AllMiniLmL6V2EmbeddingModel())));
        baselines.put(BM25, corpus -> EvalSystem.searchOnly(Bm25Baseline.index(corpus)));
        return baselines;
    }
}
