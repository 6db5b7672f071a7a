package newsdesk.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import newsdesk.Newsdesk;
import newsdesk.qa.QaService;
import newsdesk.Settings;
import newsdesk.index.EmbeddedArticle;
import newsdesk.index.Origin;
import newsdesk.index.Provenance;
import newsdesk.index.SnapshotStore;
import newsdesk.index.StoredArticle;
import newsdesk.embed.Embedder;
import newsdesk.article.Filters;

/**
 * Latency of a whole question at a synthetic corpus size ({@link ReplicatedCorpus}), query embedding included:
 * Newsdesk's {@code QaService.ask} (retrieval and extractive answer, in process, a new conversation per question)
 * over replicated embedded articles written as a snapshot and restored by the production start-up path, and the naive baseline's retrieval (langchain4j
 * {@link EmbeddingStoreContentRetriever} over an {@link InMemoryEmbeddingStore}, library-default all-MiniLM-L6-v2)
 * over replicated recursive(300, 30) segments. Questions are asked in order, cycling, the {@link Bench#WARMUP} untimed
 * ones first; Newsdesk remembers no embedding between questions, so every timed question is embedded.
 */
final class AnswerPathBench {

    static final String NEWSDESK = "newsdesk QaService.ask";
    static final String BASELINE = "langchain4j naive RAG (retrieve top k)";

    private final Function<Path, Settings> settings;
    private final Clock clock;
    private final Consumer<String> log;

    AnswerPathBench(Function<Path, Settings> settings, Clock clock, Consumer<String> log) {
        this.settings = settings;
        this.clock = clock;
        this.log = log;
    }

    BenchReport.AnswerPath newsdesk(Embedder embedder, Embedder questionModel, List<EmbeddedArticle> base, int size,
                                    List<String> questions, int asks, Path work, Random random) throws Exception {
        TimedEmbedder passages = new TimedEmbedder(embedder);
        TimedEmbedder timed = new TimedEmbedder(questionModel);
        Settings deskSettings = settings.apply(work);
        int expected = writeSnapshot(deskSettings, passages, ReplicatedCorpus.articles(base, size, Bench.VECTOR_NOISE,
                random));
        try (Newsdesk desk = Newsdesk.create(deskSettings, passages, timed, clock)) {
            long heapBefore = Bench.usedHeap();
            long start = System.nanoTime();
            desk.restore();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = Bench.usedHeap();
            QaService qa = desk.qa();
            int chunks = qa.chunkCount();
            if (chunks != expected) {
                throw new IllegalStateException("restored " + chunks + " chunks of the " + expected + " written");
            }
            Timed run = time(questions, asks, q -> qa.ask(q, null, Filters.NONE), timed::drain);
            log.accept(String.format("%s at %d chunks: p50 %.2f ms", NEWSDESK, chunks, run.latency().p50()));
            return new BenchReport.AnswerPath(NEWSDESK, chunks, run.latency(), run.perSecond(), run.embedding(),
                    buildSeconds, (double) (heapAfter - heapBefore) / chunks);
        }
    }

    /**
     * Writes {@code corpus} as the one generation of the data directory {@code deskSettings} names, with the profile
     * a Newsdesk built from them expects, so {@link Newsdesk#restore()} serves it as a restart would, without
     * embedding; returns its chunk count.
     */
    private int writeSnapshot(Settings deskSettings, Embedder embedder, List<EmbeddedArticle> corpus) {
        List<StoredArticle> stored = corpus.stream().map(a -> new StoredArticle(a, new Provenance(Origin.INGEST,
                null, a.chunked().article().contentHash()))).toList();
        try (SnapshotStore snapshots = new SnapshotStore(deskSettings.dataDir(), deskSettings.indexProfile(embedder),
                clock)) {
            snapshots.write(stored);
        }
        return corpus.stream().mapToInt(a -> a.vectors().size()).sum();
    }

    BenchReport.AnswerPath baseline(EmbeddingModel model, List<TextSegment> segments, List<float[]> vectors, int size,
                                    List<String> questions, int asks, int k, Random random) {
        TimedEmbeddingModel timed = new TimedEmbeddingModel(model);
        long heapBefore = Bench.usedHeap();
        long start = System.nanoTime();
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        ReplicatedCorpus.Segments entries = ReplicatedCorpus.segments(segments, vectors, size, Bench.VECTOR_NOISE,
                random);
        store.addAll(entries.embeddings(), entries.segments());
        entries = null;
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = Bench.usedHeap();
        EmbeddingStoreContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(timed)
                .maxResults(k)
                .build();
        Timed run = time(questions, asks, q -> retriever.retrieve(Query.from(q)), timed::drain);
        log.accept(String.format("%s at %d chunks: p50 %.2f ms", BASELINE, size, run.latency().p50()));
        return new BenchReport.AnswerPath(BASELINE, size, run.latency(), run.perSecond(), run.embedding(),
                buildSeconds, (double) (heapAfter - heapBefore) / size);
    }

    private static Timed time(List<String> questions, int asks, Consumer<String> ask,
                              Supplier<List<Double>> embedMillis) {
        for (int i = 0; i < Bench.WARMUP; i++) {
            ask.accept(questions.get(i % questions.size()));
        }
        embedMillis.get();
        List<Double> millis = new ArrayList<>(asks);
        long total = 0;
        for (int i = 0; i < asks; i++) {
            long t = System.nanoTime();
            ask.accept(questions.get((Bench.WARMUP + i) % questions.size()));
            long elapsed = System.nanoTime() - t;
            total += elapsed;
            millis.add(elapsed / 1e6);
        }
        return new Timed(LatencySummary.of(millis), asks / (total / 1e9), LatencySummary.of(embedMillis.get()));
    }

    private record Timed(LatencySummary latency, double perSecond, LatencySummary embedding) {
    }
}
