package newsdesk.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Span;
import newsdesk.index.EmbeddedArticle;
import newsdesk.index.MinHash;

/**
 * How articles and chunks are laid out as Solr documents (see the configset's managed-schema.xml), and back. Ids
 * route by article: {@code ARTICLE!article} and {@code ARTICLE!chunk-N} land on the article's shard, so replacing an
 * article (delete its documents, add the new ones) happens on one shard in one request.
 */
final class SolrDocs {

    static final String ARTICLE = "article";
    static final String CHUNK = "chunk";
    static final String CONVERSATION = "conversation";
    static final String FEEDBACK = "feedback";
    static final String ANSWER = "answer";
    /** Components of the configset's vector field (all-MiniLM-L6-v2). */
    static final int DIMENSION = 384;
    /** Stored fields of an article document. */
    static final String ARTICLE_FIELDS = "id,article_id,rev,a_title,a_source,a_author,a_url,published_at,body,spans";
    /** Stored fields of a chunk hit. */
    static final String CHUNK_FIELDS = "id,article_id,rev,source_key,ordinal,first_sentence,last_sentence,start,end,score";

    private SolrDocs() {
    }

    static String articleDocId(String articleId) {
        return articleId + "!article";
    }

    /** A chunk of an article as a search hit found it, with its article's lower-cased outlet ("" when none). */
    record ChunkHit(String articleId, String rev, String source, Chunk chunk) {
    }

    /** An article document: the article, its sentences and the revision its chunks must carry. */
    record StoredArticle(Article article, List<Span> sentences, String rev) {
    }

    /**
     * One update request: for each article, delete everything it had and add its article and chunk documents. {@code
     * seq} numbers articles in ingestion order; {@code rev} marks this write on every document it adds.
     */
    static byte[] replaceRequest(List<EmbeddedArticle> batch, long seq, String rev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = SolrNodes.json().getFactory().createGenerator(out)) {
            json.writeStartObject();
            for (int i = 0; i < batch.size(); i++) {
                EmbeddedArticle embedded = batch.get(i);
                Article article = embedded.chunked().article();
                json.writeObjectFieldStart("delete");
                json.writeStringField("query", "{!term f=article_id}" + article.id());
                json.writeEndObject();
                json.writeObjectFieldStart("add");
                json.writeObjectFieldStart("doc");
                writeArticle(json, article, embedded.chunked().sentences(), seq + i, rev);
                json.writeEndObject();
                json.writeEndObject();
                List<Chunk> chunks = embedded.chunked().chunks();
                for (int c = 0; c < chunks.size(); c++) {
                    json.writeObjectFieldStart("add");
                    json.writeObjectFieldStart("doc");
                    writeChunk(json, article, chunks.get(c), embedded.vectors().get(c), seq + i, rev);
                    json.writeEndObject();
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One update request deleting every document of these articles. */
    static byte[] deleteRequest(Collection<String> articleIds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = SolrNodes.json().getFactory().createGenerator(out)) {
            json.writeStartObject();
            for (String id : articleIds) {
                json.writeObjectFieldStart("delete");
                json.writeStringField("query", "{!term f=article_id}" + id);
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeArticle(JsonGenerator json, Article article, List<Span> sentences, long seq, String rev)
            throws IOException {
        json.writeStringField("id", articleDocId(article.id()));
        json.writeStringField("kind", ARTICLE);
        json.writeStringField("article_id", article.id());
        json.writeStringField("rev", rev);
        json.writeStringField("a_title", article.title());
        writeIfPresent(json, "a_source", article.source());
        writeIfPresent(json, "a_author", article.author());
        writeIfPresent(json, "a_url", article.url());
        if (article.publishedAt() != null) {
            json.writeStringField("published_at", article.publishedAt().toString());
        }
        json.writeStringField("body", article.body());
        json.writeArrayFieldStart("spans");
        for (Span span : sentences) {
            json.writeNumber(span.start());
            json.writeNumber(span.end());
        }
        json.writeEndArray();
        json.writeNumberField("seq", seq);
        writeFilterFields(json, article);
        writeSignature(json, MinHash.signature(article.body()));
    }

    /** The body's MinHash signature and its band keys, so that copies are found with one query (SolrCopies). */
    private static void writeSignature(JsonGenerator json, long[] signature) throws IOException {
        json.writeArrayFieldStart("minhash");
        for (long value : signature) {
            json.writeNumber(value);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("minhash_bands");
        for (long key : MinHash.bandKeys(signature)) {
            json.writeString(bandKey(key));
        }
        json.writeEndArray();
    }

    static String bandKey(long key) {
        return Long.toHexString(key);
    }

    private static void writeChunk(JsonGenerator json, Article article, Chunk chunk, float[] vector, long seq,
                                   String rev) throws IOException {
        json.writeStringField("id", article.id() + "!chunk-" + chunk.ordinal());
        json.writeStringField("kind", CHUNK);
        json.writeStringField("article_id", article.id());
        json.writeStringField("rev", rev);
        json.writeStringField("text", chunk.text());
        json.writeStringField("title", article.title());
        writeIfPresent(json, "source", article.source());
        json.writeArrayFieldStart("vector");
        for (float v : vector) {
            json.writeNumber(v);
        }
        json.writeEndArray();
        json.writeNumberField("ordinal", chunk.ordinal());
        json.writeNumberField("first_sentence", chunk.firstSentence());
        json.writeNumberField("last_sentence", chunk.lastSentence());
        json.writeNumberField("start", chunk.start());
        json.writeNumberField("end", chunk.end());
        json.writeNumberField("seq", seq);
        writeFilterFields(json, article);
    }

    private static void writeFilterFields(JsonGenerator json, Article article) throws IOException {
        if (article.source() != null) {
            json.writeStringField("source_key", article.source().toLowerCase(Locale.ROOT));
        }
        if (article.publishedAt() != null) {
            json.writeNumberField("day", article.publishedAt().toLocalDate().toEpochDay());
        }
    }

    private static void writeIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    static StoredArticle article(JsonNode doc) {
        String published = text(doc, "published_at");
        Article article = new Article(doc.path("article_id").asText(), doc.path("a_title").asText(),
                text(doc, "a_source"), text(doc, "a_author"),
                published == null ? null : OffsetDateTime.parse(published), text(doc, "a_url"),
                doc.path("body").asText());
        List<Span> sentences = new ArrayList<>();
        JsonNode spans = doc.path("spans");
        for (int i = 0; i + 1 < spans.size(); i += 2) {
            sentences.add(new Span(spans.get(i).asInt(), spans.get(i + 1).asInt()));
        }
        return new StoredArticle(article, List.copyOf(sentences), doc.path("rev").asText());
    }

    static ChunkHit chunk(JsonNode doc) {
        String articleId = doc.path("article_id").asText();
        int ordinal = doc.path("ordinal").asInt();
        int start = doc.path("start").asInt();
        int end = doc.path("end").asInt();
        Chunk chunk = new Chunk(Chunk.idOf(articleId, ordinal), articleId, ordinal,
                doc.path("first_sentence").asInt(), doc.path("last_sentence").asInt(), start, end, "", 0);
        return new ChunkHit(articleId, doc.path("rev").asText(), doc.path("source_key").asText(""), chunk);
    }

    private static String text(JsonNode doc, String field) {
        JsonNode value = doc.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
