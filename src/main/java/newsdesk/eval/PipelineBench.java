package newsdesk.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import newsdesk.ingest.IngestReport;
import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.article.Article;
import newsdesk.chunk.Chunker;
import newsdesk.index.CorpusIndex;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.Embedder;
import newsdesk.ingest.Ingestor;
import newsdesk.index.Origin;

/**
 * Newsdesk's ingestion timed end to end on a sample of articles, to set beside the raw model on the same texts:
 * in memory (sentence split, chunk, embed in {@link Ingestor#EMBED_BATCH} batches, add to a {@link CorpusIndex}:
 * vectors and Lucene) and as {@code Uploads.add} runs it for an upload (the same, then a snapshot generation
 * written to a data directory).
 */
final class PipelineBench {

    private final Function<Path, Settings> settings;
    private final Clock clock;
    private final Consumer<String> log;

    /** {@code settings} gives Newsdesk's settings with the data directory set to the given path. */
    PipelineBench(Function<Path, Settings> settings, Clock clock, Consumer<String> log) {
        this.settings = settings;
        this.clock = clock;
        this.log = log;
    }

    /** The chunks of the sample and the exact texts ingestion hands to the model for them. */
    record Sample(List<Article> articles, List<Chunker.Chunked> chunked, List<String> texts, long wordPieces) {

        int chunks() {
            return texts.size();
        }
    }

    Sample sample(Embedder embedder, List<Article> articles, Path work) throws Exception {
        try (CorpusIndex scratch = new CorpusIndex(embedder.dimension())) {
            Ingestor ingestor = ingestor(settings.apply(work), embedder, scratch);
            List<Chunker.Chunked> chunked = ingestor.chunk(articles);
            List<String> texts = ingestor.texts(chunked);
            long wordPieces = texts.stream().mapToLong(embedder::countTokens).sum();
            return new Sample(articles, chunked, texts, wordPieces);
        }
    }

    /** Chunk, embed and index in memory; returns the row and the embedded articles (the synthetic corpora's base). */
    Measured inMemory(String name, Embedder embedder, Sample sample, Path work) throws Exception {
        log.accept(name + ": ingesting " + sample.articles().size() + " articles");
        try (CorpusIndex index = new CorpusIndex(embedder.dimension())) {
            Ingestor ingestor = ingestor(settings.apply(work), embedder, index);
            long start = System.nanoTime();
            List<Chunker.Chunked> chunked = ingestor.chunk(sample.articles());
            long chunkedAt = System.nanoTime();
            List<EmbeddedArticle> embedded = ingestor.embed(chunked, Ingestor.Progress.NONE);
            long embeddedAt = System.nanoTime();
            int chunks = ingestor.index(embedded);
            long end = System.nanoTime();
            double seconds = (end - start) / 1e9;
            if (chunks != sample.chunks()) {
                throw new IllegalStateException("the pipeline made " + chunks + " chunks, expected " + sample.chunks());
            }
            Map<String, Double> stages = new LinkedHashMap<>();
            stages.put("split + chunk", (chunkedAt - start) / 1e9);
            stages.put("embed", (embeddedAt - chunkedAt) / 1e9);
            stages.put("index", (end - embeddedAt) / 1e9);
            return new Measured(new BenchReport.Throughput(name, chunks, sample.wordPieces(), seconds, null, stages),
                    embedded);
        }
    }

    /** {@code Uploads.add} into an empty data directory under {@code work}: chunk, embed, index, snapshot. */
    BenchReport.Throughput withSnapshot(String name, Embedder embedder, Sample sample, Path work) throws Exception {
        log.accept(name + ": ingesting " + sample.articles().size() + " articles");
        try (Newsdesk desk = Newsdesk.create(settings.apply(work), new TimedEmbedder(embedder), clock)) {
            desk.restore();
            long start = System.nanoTime();
            IngestReport batch = desk.ingestion().uploads().add(sample.articles(), Origin.UPLOAD, "bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!batch.persisted()) {
                throw new IllegalStateException("the bench ingestion was not persisted");
            }
            return new BenchReport.Throughput(name, batch.chunks(), sample.wordPieces(), seconds);
        }
    }

    record Measured(BenchReport.Throughput result, List<EmbeddedArticle> embedded) {
    }

    /** The chunk-and-embed step with the chunking {@code settings} choose, as Newsdesk wires it. */
    private static Ingestor ingestor(Settings settings, newsdesk.embed.Embedder embedder,
                                     newsdesk.index.CorpusIndex index) {
        return Ingestor.withChunker(embedder, index, settings.chunkTokens(), settings.chunkOverlap(),
                settings.embedTitles());
    }
}
