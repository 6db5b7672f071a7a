package newsdesk.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import newsdesk.index.LexicalIndex;
import newsdesk.article.Filters;

/**
 * Pure functions that build the bodies of Solr JSON requests ({@code /query}) for Newsdesk's searches. The BM25
 * query is the same as {@link LexicalIndex}'s: the question analysed once here with the same {@link EnglishAnalyzer}
 * into distinct terms, each a term query on the chunk text plus title and outlet boosted by
 * {@link LexicalIndex#TITLE_BOOST} and {@link LexicalIndex#SOURCE_BOOST}, all optional (at least one must match).
 * Everything is sent in Solr's JSON query DSL, so user text is never parsed as query syntax.
 */
final class SolrQueries {

    /** The most distinct terms a lexical query uses, as in {@link LexicalIndex}. */
    static final int MAX_QUERY_TERMS = 300;
    /** The pseudo-field holding a hit's vector similarity to the query. */
    static final String SIMILARITY = "similarity";

    private final Analyzer analyzer = new EnglishAnalyzer();

    /** The distinct analysed terms of {@code text}, in order of first appearance. */
    List<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    /** The BM25 request for {@code text}, or {@code null} when no term survives analysis. */
    Map<String, Object> lexical(String text, Filters filters, int rows) {
        List<String> terms = analyze(text);
        if (terms.isEmpty()) {
            return null;
        }
        terms = terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS));
        List<Object> should = new ArrayList<>();
        for (String term : terms) {
            should.add(term("text", term));
            should.add(Map.of("boost", Map.of("b", LexicalIndex.TITLE_BOOST, "query", term("title", term))));
            should.add(Map.of("boost", Map.of("b", LexicalIndex.SOURCE_BOOST, "query", term("source", term))));
        }
        Map<String, Object> request = new LinkedHashMap<>(request(Map.of("bool", Map.of("should", should)), filters,
                rows));
        // Equal scores in ingestion order (article, then chunk: one article's chunks are added in order to one
        // shard), as the in-memory index breaks ties, whatever the shard layout.
        request.put("sort", "score desc, seq asc");
        return request;
    }

    /** The nearest-neighbour request: the {@code rows} chunks closest to {@code vector} that pass the filters. */
    Map<String, Object> knn(float[] vector, Filters filters, int rows) {
        Map<String, Object> knn = Map.of("knn", Map.of("f", "vector", "topK", rows, "query", vector(vector)));
        return request(knn, filters, rows);
    }

    /**
     * {@code request} that also returns each chunk's {@code similarity} to {@code vector}: Solr's {@code
     * vectorSimilarity} of the chunk's vector field, which for a cosine field is (1 + cosine) / 2 (Lucene's
     * {@code VectorSimilarityFunction.COSINE}); {@link #cosine} turns it back.
     */
    static Map<String, Object> withSimilarity(Map<String, Object> request, float[] vector) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.put("fields", request.get("fields") + "," + SIMILARITY + ":vectorSimilarity(vector,$queryVector)");
        copy.put("params", Map.of("queryVector", vector(vector)));
        return copy;
    }

    /** The cosine of a chunk's {@code similarity} field ({@code NaN} when the hit has none). */
    static double cosine(JsonNode doc) {
        JsonNode similarity = doc.get(SIMILARITY);
        return similarity == null || !similarity.isNumber() ? Double.NaN : 2 * similarity.asDouble() - 1;
    }

    static String vector(float[] vector) {
        StringBuilder v = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            v.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return v.append(']').toString();
    }

    /** The filter queries for documents of {@code kind} passing {@code filters} (outlets are lower-cased keys). */
    static List<Object> filterQueries(String kind, Filters filters) {
        List<Object> fq = new ArrayList<>();
        fq.add(term("kind", kind));
        if (!filters.sources().isEmpty()) {
            fq.add(Map.of("bool", Map.of("should", filters.sources().stream().sorted()
                    .map(source -> term("source_key", source)).toList())));
        }
        if (filters.from() != null || filters.to() != null) {
            fq.add("day:[" + (filters.from() == null ? "*" : filters.from().toEpochDay()) + " TO "
                    + (filters.to() == null ? "*" : filters.to().toEpochDay()) + "]");
        }
        return fq;
    }

    /** A term query; the JSON query DSL quotes the value, so no query syntax can come in through it. */
    static Map<String, Object> term(String field, String value) {
        return Map.of("term", Map.of("f", field, "query", value));
    }

    private static Map<String, Object> request(Object query, Filters filters, int rows) {
        return Map.of("query", query, "filter", filterQueries(SolrDocs.CHUNK, filters), "limit", rows,
                "fields", SolrDocs.CHUNK_FIELDS);
    }
}
