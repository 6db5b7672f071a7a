package newsdesk.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.IndexSearcher;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Span;

/**
 * An immutable, consistent view of everything indexed: articles, their sentences, chunks, chunk vectors (row
 * {@code i} of {@link #vectors()} belongs to {@code chunks().get(i)}) and a point-in-time BM25 searcher. Queries take
 * one view and use only it, so ingestion never shows them half an article. Also each article's wire copies, found
 * when the articles were added.
 */
public final class Corpus {

    private final long version;
    private final List<Article> articles;
    private final Map<String, Article> articlesById;
    private final Map<String, List<Span>> sentences;
    private final List<Chunk> chunks;
    private final Map<String, Integer> rowsByChunkId;
    private final int[] articleOfRow;
    private final VectorMatrix vectors;
    private final IndexSearcher searcher;
    private final LexicalIndex lexical;
    private final Map<String, List<String>> copies;
    private final Map<String, Integer> positions;
    /** BM25 idf of the terms asked about so far (the answerer asks for each term of every sentence it reads). */
    private final Map<String, Double> idf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Terms {@link #idf} remembers at most; beyond, it computes each time. */
    static final int IDF_TERMS = 100_000;
    /** {@link #vectors} as a langchain4j store, made on first need. */
    private volatile ArrayEmbeddingStore vectorStore;
    /** The row of each Lucene document of {@link #searcher} (-1: deleted or unknown), made on first need. */
    private volatile int[] rowOfDoc;

    Corpus(long version, List<Article> articles, Map<String, List<Span>> sentences, List<Chunk> chunks,
           VectorMatrix vectors, IndexSearcher searcher, LexicalIndex lexical, Map<String, List<String>> copies) {
        if (chunks.size() != vectors.size()) {
            throw new IllegalStateException(chunks.size() + " chunks but " + vectors.size() + " vectors");
        }
        this.version = version;
        this.articles = List.copyOf(articles);
        this.articlesById = new HashMap<>();
        for (Article article : this.articles) {
            articlesById.put(article.id(), article);
        }
        this.sentences = Map.copyOf(sentences);
        this.chunks = List.copyOf(chunks);
        this.rowsByChunkId = new HashMap<>();
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int i = 0; i < this.articles.size(); i++) {
            articleIndex.put(this.articles.get(i).id(), i);
        }
        this.positions = articleIndex;
        this.articleOfRow = new int[this.chunks.size()];
        for (int row = 0; row < this.chunks.size(); row++) {
            rowsByChunkId.put(this.chunks.get(row).id(), row);
            articleOfRow[row] = articleIndex.getOrDefault(this.chunks.get(row).articleId(), -1);
        }
        this.vectors = vectors;
        this.searcher = searcher;
        this.lexical = lexical;
        this.copies = copies;
    }

    /**
     * The other articles carrying the same story as {@code articleId} (wire copies, near-identical rewrites), in
     * corpus order; empty when none or unknown.
     */
    public List<Article> copies(String articleId) {
        return copies.getOrDefault(articleId, List.of()).stream().map(articlesById::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(a -> positions.get(a.id()))).toList();
    }

    /** How many articles have at least one copy. */
    public int articlesWithCopies() {
        return copies.size();
    }

    public long version() {
        return version;
    }

    public List<Article> articles() {
        return articles;
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articlesById.get(id));
    }

    /** The sentence spans of an article's body, in order. */
    public List<Span> sentences(String articleId) {
        return sentences.getOrDefault(articleId, List.of());
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public Chunk chunk(int row) {
        return chunks.get(row);
    }

    /** The row of a chunk id, or -1. */
    public int row(String chunkId) {
        Integer row = rowsByChunkId.get(chunkId);
        return row == null ? -1 : row;
    }

    public VectorMatrix vectors() {
        return vectors;
    }

    /**
     * The chunk vectors as a langchain4j {@code EmbeddingStore} (the same array, not a copy): row {@code i} is chunk
     * {@code i} under its chunk id, with its text and its article's {@link ChunkMetadata}.
     */
    public ArrayEmbeddingStore vectorStore() {
        ArrayEmbeddingStore store = vectorStore;
        if (store == null) {
            synchronized (this) {
                store = vectorStore;
                if (store == null) {
                    Map<String, Metadata> metadata = new HashMap<>();
                    List<String> ids = new ArrayList<>(chunks.size());
                    List<TextSegment> segments = new ArrayList<>(chunks.size());
                    Metadata none = new Metadata(); // a chunk of no known article passes no filter
                    for (Chunk chunk : chunks) {
                        Article article = articlesById.get(chunk.articleId());
                        ids.add(chunk.id());
                        // langchain4j segments must have text; a chunk's text is never blank, its id stands in if so
                        segments.add(TextSegment.from(chunk.text().isBlank() ? chunk.id() : chunk.text(),
                                article == null ? none
                                        : metadata.computeIfAbsent(article.id(), id -> ChunkMetadata.of(article))));
                    }
                    store = ArrayEmbeddingStore.over(vectors, ids, segments);
                    vectorStore = store;
                }
            }
        }
        return store;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /** The row of the chunk that Lucene document {@code doc} of {@link #searcher} holds, or -1. */
    public int rowOfDoc(int doc) {
        int[] rows = rowOfDoc;
        if (rows == null) {
            String[] ids = LexicalIndex.chunkIds(searcher);
            rows = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                rows[i] = ids[i] == null ? -1 : row(ids[i]);
            }
            rowOfDoc = rows;
        }
        return doc < rows.length ? rows[doc] : -1;
    }

    /** {@link LexicalIndex#idf} in {@link #searcher}, remembered for this view (it never changes). */
    public double idf(String term) {
        Double known = idf.get(term);
        if (known != null) {
            return known;
        }
        double computed = LexicalIndex.idf(searcher, term);
        if (idf.size() < IDF_TERMS) {
            idf.put(term, computed);
        }
        return computed;
    }

    /** The analyser and query builder the lexical index uses (stateless parts only). */
    public LexicalIndex lexical() {
        return lexical;
    }

    /** The position in {@link #articles()} of the article the chunk at {@code row} belongs to. */
    public int articleIndex(int row) {
        return articleOfRow[row];
    }

    public Article articleOf(Chunk chunk) {
        return articlesById.get(chunk.articleId());
    }
}
