package newsdesk.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.qa.RefusedException;
import newsdesk.article.Article;
import newsdesk.chunk.Span;
import newsdesk.index.EmbeddedArticle;
import newsdesk.embed.Embedder;
import newsdesk.retrieve.ArticleStore;
import newsdesk.article.Filters;
import newsdesk.retrieve.Hit;
import newsdesk.retrieve.HybridRetriever;
import newsdesk.retrieve.Passage;
import newsdesk.retrieve.PassageSearch;
import newsdesk.retrieve.QueryMentions;
import newsdesk.retrieve.RankFusion;

/**
 * An {@link ArticleStore} in a SolrCloud collection (schema: the configset's managed-schema.xml). Hybrid retrieval
 * runs in Solr as two queries, BM25 ({@link SolrQueries#lexical}) and {@code knn}, fused here exactly as
 * {@link HybridRetriever} fuses them, with the outlets and days a question names favoured as {@link QueryMentions}
 * favours them (restricted queries become filter queries), then widened into passages as {@link PassageSearch} does,
 * each passage with its chunk's cosine similarity to the question (from Solr's {@code vectorSimilarity}). Any number of
 * Newsdesk instances can share one collection.
 *
 * <p>Writes: {@link #upsert} replaces each article (its old chunks deleted, the new ones added, in one update
 * request) and returns only after a hard commit has made the batch durable and visible; when Solr does not
 * acknowledge, it throws {@link RefusedException} {@code UNAVAILABLE} and nothing is reported as stored. Replacing is
 * idempotent, so a failed batch can simply be sent again.
 */
public final class SolrStore implements ArticleStore {

    /** Articles sent per update request (each with its chunks, about 2 MB of JSON with 384-d vectors). */
    public static final int ARTICLES_PER_REQUEST = 100;
    private static final long IDF_TTL_NANOS = 10_000_000_000L;

    /**
     * How results are ranked and widened, as the in-memory store does: fusion weight and function, passage size,
     * passages per article before the other articles' hits have their turn ({@link PassageSearch}), and the boost
     * of outlets and days a question names ({@link QueryMentions}, 0 turns it off). The defaults are those of the
     * in-memory store.
     */
    public record Ranking(double lexicalWeight, HybridRetriever.Fusion fusion, int passageMaxChars, int perArticle,
                          double mentionBoost) {
        public static final Ranking DEFAULT = new Ranking(HybridRetriever.DEFAULT_LEXICAL_WEIGHT,
                HybridRetriever.Fusion.SCORES, PassageSearch.DEFAULT_MAX_CHARS, PassageSearch.DEFAULT_PER_ARTICLE,
                QueryMentions.DEFAULT_BOOST);

        public Ranking {
            if (lexicalWeight < 0 || lexicalWeight > 1 || passageMaxChars < 1 || perArticle < 1 || mentionBoost < 0) {
                throw new IllegalArgumentException(
                        "lexical weight in [0, 1], passage size >= 1, per article >= 1 and boost >= 0");
            }
        }
    }

    private record CachedIdf(double idf, long expires) {
    }

    private final SolrHttp http;
    private final String base;
    private final Embedder embedder;
    private final Ranking ranking;
    private final SolrQueries queries = new SolrQueries();
    private final Map<String, CachedIdf> idfs = new ConcurrentHashMap<>();
    /** Terms known to be mentioned, each until its expiry ({@link System#nanoTime}). */
    private final Map<String, Long> mentionedUntil = new ConcurrentHashMap<>();
    private final SolrVocabulary vocabulary = new SolrVocabulary(this::query);
    private final SolrCopies copies = new SolrCopies(this::query);

    public SolrStore(SolrHttp http, String collection, Embedder embedder, Ranking ranking) {
        this.http = http;
        this.base = "/" + collection;
        this.embedder = embedder;
        this.ranking = ranking;
    }

    /** Replaces these articles (all chunks and vectors) and commits; returns the number of chunks written. */
    public int upsert(List<EmbeddedArticle> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        for (EmbeddedArticle embedded : batch) {
            for (float[] vector : embedded.vectors()) {
                if (vector.length != SolrDocs.DIMENSION) {
                    throw new IllegalArgumentException("the Solr schema holds " + SolrDocs.DIMENSION
                            + "-d vectors, got " + vector.length);
                }
            }
        }
        String rev = UUID.randomUUID().toString();
        long seq = System.currentTimeMillis() * 1000;
        for (int from = 0; from < batch.size(); from += ARTICLES_PER_REQUEST) {
            List<EmbeddedArticle> part = batch.subList(from, Math.min(batch.size(), from + ARTICLES_PER_REQUEST));
            update(SolrDocs.replaceRequest(part, seq + from, rev), false);
        }
        commit();
        return batch.stream().mapToInt(e -> e.vectors().size()).sum();
    }

    /** Removes these articles (unknown ids are ignored) and commits. */
    public void remove(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            update(SolrDocs.deleteRequest(articleIds), true);
        }
    }

    private void update(byte[] body, boolean commit) {
        Map<String, String> params = commit ? Map.of("commit", "true", "waitSearcher", "true") : Map.of();
        call(() -> http.post(base + "/update", params, body, "application/json"));
        idfs.clear();
        mentionedUntil.clear();
        vocabulary.clear();
    }

    private void commit() {
        call(() -> http.get(base + "/update", Map.of("commit", "true", "waitSearcher", "true")));
        idfs.clear();
        mentionedUntil.clear();
        vocabulary.clear();
    }

    /**
     * Hybrid retrieval in Solr (BM25 and {@code knn}, fused), with the outlets and days the question names favoured
     * as {@link QueryMentions} does; then passages as {@link PassageSearch} makes them, each with its chunk's cosine
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
        QueryMentions.Vocabulary named = ranking.mentionBoost() == 0 ? QueryMentions.Vocabulary.EMPTY
                : vocabulary.get();
        List<Hit> ranked = QueryMentions.rank(restriction -> hybrid(query, vector, k, restriction, rows),
                row -> rows.chunks.get(row).source(), named.outlets(query, filters), named.days(query, filters),
                filters, k, ranking.mentionBoost());
        return passages(ranked, rows, topK);
    }

    /** The {@code k} best chunks passing {@code filters}, fused as {@link HybridRetriever} fuses them. */
    private List<Hit> hybrid(String query, float[] vector, int k, Filters filters, Rows rows) {
        int candidates = Math.max(HybridRetriever.MIN_CANDIDATES, 4 * k);
        Map<String, Object> lexicalRequest = queries.lexical(query, filters, candidates);
        List<Hit> lexical = lexicalRequest == null ? List.of()
                : hits(SolrQueries.withSimilarity(lexicalRequest, vector), rows);
        List<Hit> nearest = hits(SolrQueries.withSimilarity(queries.knn(vector, filters, candidates), vector), rows);
        double[] weights = {ranking.lexicalWeight(), 1 - ranking.lexicalWeight()};
        List<Hit> fused = ranking.fusion() == HybridRetriever.Fusion.RRF
                ? RankFusion.reciprocalRank(List.of(lexical, nearest), weights, RankFusion.RRF_K)
                : RankFusion.scores(List.of(lexical, nearest), weights);
        return fused.subList(0, Math.min(k, fused.size()));
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
        long now = System.nanoTime();
        CachedIdf cached = idfs.get(term);
        if (cached != null && cached.expires() - now > 0) {
            return cached.idf();
        }
        JsonNode answer = query(Map.of("query", SolrQueries.term("kind", SolrDocs.CHUNK), "limit", 0,
                "facet", Map.of("df", Map.of("type", "query", "q", "{!term f=text v=$idfTerm}")),
                "params", Map.of("idfTerm", term)));
        long docs = Math.max(1, answer.path("response").path("numFound").asLong());
        long df = answer.path("facets").path("df").path("count").asLong();
        double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        idfs.put(term, new CachedIdf(idf, now + IDF_TTL_NANOS));
        return idf;
    }

    /** Whether a chunk's text, title or outlet holds the analysed term; a yes is cached like {@link #idf}. */
    @Override
    public boolean mentions(String term) {
        long now = System.nanoTime();
        Long until = mentionedUntil.get(term);
        if (until != null && until - now > 0) {
            return true;
        }
        JsonNode answer = query(Map.of("query", Map.of("bool", Map.of("should", List.of(
                        "{!term f=text v=$mentionTerm}", "{!term f=title v=$mentionTerm}",
                        "{!term f=source v=$mentionTerm}"))),
                "filter", List.of(SolrQueries.term("kind", SolrDocs.CHUNK)), "limit", 0,
                "params", Map.of("mentionTerm", term)));
        boolean found = answer.path("response").path("numFound").asLong() > 0;
        if (found) {
            // Only "mentioned" is remembered: another instance may add the article that mentions it at any moment.
            mentionedUntil.put(term, now + IDF_TTL_NANOS);
        }
        return found;
    }

    private int count(String kind) {
        return query(Map.of("query", SolrQueries.term("kind", kind), "limit", 0))
                .path("response").path("numFound").asInt();
    }

    private JsonNode query(Map<String, Object> request) {
        return call(() -> http.postJson(base + "/select", Map.of(), request));
    }

    private static JsonNode call(java.util.function.Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (SolrHttp.SolrRequestException e) {
            if (e.status() == 404) {
                throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "store_missing",
                        "the Solr collection does not exist; run `newsdesk solr-init`: " + e.getMessage());
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
