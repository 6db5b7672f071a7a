package newsdesk.ingest;

import newsdesk.embed.Embedder;
import newsdesk.index.CorpusIndex;
import newsdesk.index.EmbeddedArticle;
import java.util.ArrayList;
import java.util.List;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.SentenceSplitter;

/**
 * Chunks and embeds articles and hands them to the {@link CorpusIndex} as one batch. Each chunk is embedded with its
 * article's title in front (when {@code withTitles}), so the vector knows what the story is about; the title's word
 * pieces are taken off the chunk budget so that title and chunk together fit the model's {@link Embedder#maxTokens}
 * (only a single sentence longer than that is cut off by the model).
 */
public final class Ingestor {

    /**
     * Chunks handed to the model per call. The encoder sorts each call's texts by length and pads each of its
     * batches only to its longest text, so a larger call wastes less on padding (64 lost 14 % to one call over the
     * same texts in {@code newsdesk bench}); progress is reported after each call.
     */
    public static final int EMBED_BATCH = 256;
    /**
     * Word pieces a chunk keeps however long its title: a "title" of more than about 90 word pieces is not a
     * headline, and the model then cuts off the end of the chunk rather than seeing the title alone.
     */
    static final int MIN_CHUNK_ROOM = 32;

    private final Chunker chunker;
    private final Embedder embedder;
    private final CorpusIndex index;
    private final boolean withTitles;

    public Ingestor(Chunker chunker, Embedder embedder, CorpusIndex index, boolean withTitles) {
        this.chunker = chunker;
        this.embedder = embedder;
        this.index = index;
        this.withTitles = withTitles;
    }

    /**
     * The chunk-and-embed step as Newsdesk wires it: sentence-window chunks of at most {@code maxTokens} tokens
     * (as {@code embedder} counts them) overlapping by {@code overlapSentences}, titles embedded with their chunks
     * when {@code withTitles}.
     */
    public static Ingestor withChunker(Embedder embedder, CorpusIndex index, int maxTokens, int overlapSentences,
                                       boolean withTitles) {
        return new Ingestor(new Chunker(new SentenceSplitter(), embedder::countTokens, maxTokens, overlapSentences),
                embedder, index, withTitles);
    }

    /** Progress callbacks during {@link #ingest}; called from the ingesting thread. */
    public interface Progress {
        Progress NONE = (articlesDone, articlesTotal, chunksDone, chunksTotal) -> { };

        void update(int articlesDone, int articlesTotal, int chunksDone, int chunksTotal);
    }

    /** Chunks and embeds every article, then publishes them together; returns the number of chunks added. */
    public int ingest(List<Article> articles, Progress progress) {
        return index(embed(chunk(articles), progress));
    }

    /** Chunks the articles (no embedding, no index change). */
    public List<Chunker.Chunked> chunk(List<Article> articles) {
        return articles.stream().map(this::chunk).toList();
    }

    private Chunker.Chunked chunk(Article article) {
        int room = embedder.maxTokens();
        if (withTitles && room != Integer.MAX_VALUE) {
            room = Math.max(MIN_CHUNK_ROOM, room - embedder.countTokens(article.title()));
        }
        return chunker.chunk(article, room);
    }

    /** Embeds already chunked articles (no index change). */
    public List<EmbeddedArticle> embed(List<Chunker.Chunked> chunked, Progress progress) {
        List<String> texts = texts(chunked);
        int total = texts.size();
        List<float[]> vectors = new ArrayList<>(total);
        int articlesDone = 0;
        int chunksOfDoneArticles = 0;
        for (int from = 0; from < total; from += EMBED_BATCH) {
            vectors.addAll(embedder.embedAll(texts.subList(from, Math.min(total, from + EMBED_BATCH))));
            while (articlesDone < chunked.size()
                    && chunksOfDoneArticles + chunked.get(articlesDone).chunks().size() <= vectors.size()) {
                chunksOfDoneArticles += chunked.get(articlesDone).chunks().size();
                articlesDone++;
            }
            progress.update(articlesDone, chunked.size(), vectors.size(), total);
        }
        List<EmbeddedArticle> embedded = new ArrayList<>(chunked.size());
        int offset = 0;
        for (Chunker.Chunked article : chunked) {
            int n = article.chunks().size();
            embedded.add(new EmbeddedArticle(article, vectors.subList(offset, offset + n)));
            offset += n;
        }
        progress.update(chunked.size(), chunked.size(), total, total);
        return embedded;
    }

    /** The texts {@link #embed} hands to the model for these chunks, in order (the title first when configured). */
    public List<String> texts(List<Chunker.Chunked> chunked) {
        List<String> texts = new ArrayList<>();
        for (Chunker.Chunked article : chunked) {
            for (Chunk chunk : article.chunks()) {
                texts.add(embedText(article.article(), chunk));
            }
        }
        return texts;
    }

    public int index(List<EmbeddedArticle> embedded) {
        index.upsert(embedded);
        return embedded.stream().mapToInt(e -> e.vectors().size()).sum();
    }

    private String embedText(Article article, Chunk chunk) {
        return withTitles ? article.title() + "\n" + chunk.text() : chunk.text();
    }
}
