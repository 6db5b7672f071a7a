package newsdesk.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.error.RefusedException;
import newsdesk.article.Article;
import newsdesk.chunk.Span;
import newsdesk.embed.Embedder;
import newsdesk.retrieve.ArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.Hit;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.Passage;
import newsdesk.retrieve.PassageSearch;
import newsdesk.retrieve.MentionBoostRetriever;
import newsdesk.retrieve.MentionVocabulary;
import newsdesk.retrieve.HybridFusion;

/**
 * An {@link ArticleStore} in a SolrCloud collection (schema: the configset's managed-schema.xml). Hybrid retrieval
 * runs in Solr as two queries, BM25 ({@link SolrQueries#lexical}) and {@code knn}, fused here exactly as
 * {@link HybridRetriever} fuses them, with the outlets and days a question names favoured as {@link MentionBoostRetriever}
 * favours them (restricted queries become filter queries), then widened into passages as {@link PassageSearch} does,
 * each passage with its chunk's cosine similarity to the question (from Solr's {@code vectorSimilarity}). Any number of
 * Newsdesk instances can share one collection.
 *
 * <p>This is the reading side; {@link #writer()} is the writing side, whose writes clear this store's caches.
 */
public final class SolrStore implements ArticleStore {

    /** Articles sent per update request (see {@link SolrWriter}). */
    public static final int ARTICLES_PER_REQUEST = SolrWriter.ARTICLES_PER_REQUEST;

    /**
     * How results are ranked and widened, as the in-memory store does: fusion weight and function, passage size,
     * passages per article before the other articles' hits have their turn ({@link PassageSearch}), and the boost
     * of outlets and days a question names ({@link MentionBoostRetriever}, 0 turns it off). The defaults are those of the
     * in-memory store.
     */
    public record Ranking(double lexicalWeight, HybridRetriever.Fusion fusion, int passageMaxChars, int perArticle,
                          double mentionBoost) {
        public static final Ranking DEFAULT = new Ranking(HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                HybridRetriever.Fusion.SCORES, PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE,
                MentionBoostRetriever.DEFAULT_BOOST);

        public Ranking {
            if (lexicalWeight < 0 || lexicalWeight > 1 || passageMaxChars < 1 || perArticle < 1 || mentionBoost < 0) {
                throw new IllegalArgumentException(
                        "lexical weight in [0, 1], passage size >= 1, per article >= 1 and boost >= 0");
            }
        }
    }

    private final SolrCollection collection;
    private final Embedder embedder;
    private final Ranking ranking;
    private final SolrQueries queries = new SolrQueries();
    private final SolrTermStats terms;
    private final SolrVocabulary vocabulary;
    private final SolrWriter writer;
    private final SolrCopies copies = new SolrCopies(this::query);

    public SolrStore(SolrNodes nodes, String collection, Embedder embedder, Ranking ranking) {
        this.collection = new SolrCollection(nodes, collection);
        this.embedder = embedder;
        this.ranking = ranking;
        this.terms = new SolrTermStats(this.collection);
        this.vocabulary = new SolrVocabulary(this::query);
        this.writer = new SolrWriter(this.collection, () -> {
            terms.clear();
            vocabulary.clear();
        });
    }

    /** The writing side of this collection; its writes clear this store's caches. */
    public SolrWriter writer() {
        return writer;
    }

    /**
     * Hybrid retrieval in Solr (BM25 and {@code knn}, fused), with the outlets and days the question names favoured
     * as {@link MentionBoostRetriever} does; then passages as {@link PassageSearch} makes them, each with its chunk's cosine
     * similarity to the question.
     */
    @Override
    public List<Passage> search(String query, int topK, Filters filters) {
        if (query.isBlank() || topK < 1) {
            return List.of();
        }
        int k = 3 * topK;
        float[] vector = embedder.embed(query);
        Rows rows = new Rows();
        MentionVocabulary named = ranking.mentionBoost() == 0 ? MentionVocabulary.EMPTY
                : vocabulary.get();
        List<Hit> ranked = MentionBoostRetriever.rank(restriction -> hybrid(query, vector, k, restriction, rows),
                row -> rows.chunks.get(row).source(), named.outlets(query, filters), named.days(query, filters),
                filters, k, ranking.mentionBoost());
        return passages(ranked, rows, topK);
    }

    /** The {@code k} best chunks passing {@code filters}, fused as {@link HybridRetriever} fuses them. */
    private List<Hit> hybrid(String query, float[] vector, int k, Filters filters, Rows rows) {
        int candidates = HybridFusion.candidates(k);
        Map<String, Object> lexicalRequest = queries.lexical(query, filters, candidates);
        List<Hit> lexical = lexicalRequest == null ? List.of()
                : hits(SolrQueries.withSimilarity(lexicalRequest, vector), rows);
        List<Hit> nearest = hits(SolrQueries.withSimilarity(queries.knn(vector, filters, candidates), vector), rows);
        return HybridFusion.fuse(lexical, nearest, ranking.lexicalWeight(), ranking.fusion(), k);
    }

    /** Ranked chunks to passages: at most {@code perArticle} per article at first, the rest filling places left. */
    private List<Passage> passages(List<Hit> ranked, Rows rows, int topK) {
        Set<String> articleIds = new LinkedHashSet<>();
        ranked.forEach(hit -> articleIds.add(rows.chunks.get(hit.row()).articleId()));
        Map<String, SolrDocs.StoredArticle> articles = storedArticles(articleIds);
        return PassageSearch.take(ranked, topK, ranking.perArticle(), row -> rows.chunks.get(row).chunk(),
                (hit, chunk, rank) -> {
                    SolrDocs.ChunkHit found = rows.chunks.get(hit.row());
                    SolrDocs.StoredArticle stored = articles.get(found.articleId());
                    if (stored == null || !stored.rev().equals(found.rev())) {
                        return null; // the article changed or went since this chunk was found
                    }
                    Span span = PassageSearch.widen(stored.sentences(), chunk, ranking.passageMaxChars());
                    Article article = stored.article();
                    return new Passage(rank, hit.score(), article, chunk.id(), span.of(article.body()), span.start(),
                            span.end(), rows.similarity.get(hit.row()));
                });
    }

    /** The chunks of one search numbered in order of first appearance (the "rows" that {@link Hit}s refer to). */
    private static final class Rows {
        final List<SolrDocs.ChunkHit> chunks = new ArrayList<>();
        final List<Double> similarity = new ArrayList<>();
        final Map<String, Integer> byId = new HashMap<>();

        int row(String id, JsonNode doc) {
            return byId.computeIfAbsent(id, key -> {
                chunks.add(SolrDocs.chunk(doc));
                similarity.add(SolrQueries.cosine(doc));
                return chunks.size() - 1;
            });
        }
    }

    private List<Hit> hits(Map<String, Object> request, Rows rows) {
        JsonNode docs = query(request).path("response").path("docs");
        List<Hit> hits = new ArrayList<>(docs.size());
        for (JsonNode doc : docs) {
            hits.add(new Hit(rows.row(doc.path("id").asText(), doc), doc.path("score").asDouble()));
        }
        return hits;
    }

    private Map<String, SolrDocs.StoredArticle> storedArticles(Collection<String> articleIds) {
        Map<String, SolrDocs.StoredArticle> found = new HashMap<>();
        if (articleIds.isEmpty()) {
            return found;
        }
        List<Object> ids = articleIds.stream()
                .map(id -> (Object) SolrQueries.term("id", SolrDocs.articleDocId(id))).toList();
        JsonNode docs = query(Map.of("query", Map.of("bool", Map.of("should", ids)),
                "filter", List.of(SolrQueries.term("kind", SolrDocs.ARTICLE)),
                "limit", articleIds.size(), "fields", SolrDocs.ARTICLE_FIELDS)).path("response").path("docs");
        for (JsonNode doc : docs) {
            SolrDocs.StoredArticle stored = SolrDocs.article(doc);
            found.put(stored.article().id(), stored);
        }
        return found;
    }

    @Override
    public List<Article> articles(int offset, int limit) {
        JsonNode docs = query(Map.of("query", "*:*", "filter", List.of(SolrQueries.term("kind", SolrDocs.ARTICLE)),
                "offset", offset, "limit", limit, "sort", "seq asc, id asc", "fields", SolrDocs.ARTICLE_FIELDS))
                .path("response").path("docs");
        List<Article> articles = new ArrayList<>(docs.size());
        docs.forEach(doc -> articles.add(SolrDocs.article(doc).article()));
        return articles;
    }

    @Override
    public int articleCount() {
        return count(SolrDocs.ARTICLE);
    }

    @Override
    public Optional<Article> article(String id) {
        return Optional.ofNullable(storedArticles(List.of(id)).get(id)).map(SolrDocs.StoredArticle::article);
    }

    /** Wire copies from the signatures stored with each article document ({@link SolrCopies}). */
    @Override
    public List<Article> copies(String articleId) {
        return copies.of(articleId);
    }

    @Override
    public int chunkCount() {
        return count(SolrDocs.CHUNK);
    }

    /** Whether the collection answers a query now. */
    @Override
    public boolean ready() {
        try {
            count(SolrDocs.ARTICLE);
            return true;
        } catch (RefusedException e) {
            return false;
        }
    }

    /** BM25's idf over the chunk texts, as {@code LexicalIndex.idf}; cached for 10 s and after this store writes. */
    @Override
    public double idf(String term) {
        return terms.idf(term);
    }

    /** Whether a chunk's text, title or outlet holds the analysed term; a yes is cached like {@link #idf}. */
    @Override
    public boolean mentions(String term) {
        return terms.mentions(term);
    }

    private int count(String kind) {
        return query(Map.of("query", SolrQueries.term("kind", kind), "limit", 0))
                .path("response").path("numFound").asInt();
    }

    private JsonNode query(Map<String, Object> request) {
        return collection.select(request);
    }
}
