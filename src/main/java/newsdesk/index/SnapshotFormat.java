package newsdesk.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.chunk.Chunker;
import newsdesk.chunk.Span;

/**
 * The bytes of a generation's data files (format {@value #FORMAT}).
 *
 * <ul>
 *   <li>{@value #ARTICLES}: one JSON object per line and article, in corpus order: the article's fields, its
 *   {@code origin}, {@code file} and content {@code hash}, its sentence spans as a flat {@code [start, end, ...]}
 *   array and its chunks as {@code [firstSentence, lastSentence, start, end, tokens]} arrays (a chunk's text is
 *   {@code body[start, end)}, its id {@code articleId#ordinal}).</li>
 *   <li>{@value #VECTORS}: the 8-byte magic {@code NDVECTOR}, the dimension and the row count as little-endian
 *   int32, then one row of little-endian float32 per chunk, in the order the chunks appear in {@value #ARTICLES}.</li>
 * </ul>
 */
final class SnapshotFormat {

    static final int FORMAT = 1;
    static final String ARTICLES = "articles.jsonl";
    static final String VECTORS = "vectors.f32";
    static final String MANIFEST = "MANIFEST";
    static final byte[] VECTOR_MAGIC = "NDVECTOR".getBytes(StandardCharsets.US_ASCII);
    static final int VECTOR_HEADER = VECTOR_MAGIC.length + 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotFormat() {
    }

    static byte[] articleLine(StoredArticle stored) throws IOException {
        Chunker.Chunked chunked = stored.embedded().chunked();
        Article a = chunked.article();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("source", a.source());
        node.put("author", a.author());
        node.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        node.put("url", a.url());
        node.put("body", a.body());
        node.put("origin", stored.provenance().origin().label());
        node.put("file", stored.provenance().file());
        node.put("hash", stored.provenance().contentHash());
        ArrayNode sentences = node.putArray("sentences");
        for (Span span : chunked.sentences()) {
            sentences.add(span.start()).add(span.end());
        }
        ArrayNode chunks = node.putArray("chunks");
        for (Chunk c : chunked.chunks()) {
            chunks.addArray().add(c.firstSentence()).add(c.lastSentence()).add(c.start()).add(c.end()).add(c.tokens());
        }
        byte[] json = JSON.writeValueAsBytes(node);
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    /** Parses {@value #ARTICLES}; vectors are attached from {@code vectors}, consumed row by row. */
    static List<StoredArticle> articles(byte[] bytes, VectorMatrix vectors) throws CorruptSnapshotException {
        List<StoredArticle> articles = new ArrayList<>();
        int row = 0;
        int lineStart = 0;
        int lineNumber = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            lineNumber++;
            try {
                JsonNode node = JSON.readTree(bytes, lineStart, i - lineStart);
                Chunker.Chunked chunked = chunked(node);
                if (row + chunked.chunks().size() > vectors.size()) {
                    throw new IllegalArgumentException("more chunks than vectors");
                }
                List<float[]> rows = new ArrayList<>(chunked.chunks().size());
                for (int k = 0; k < chunked.chunks().size(); k++) {
                    rows.add(vectors.row(row++));
                }
                Provenance provenance = new Provenance(Origin.fromLabel(node.required("origin").asText()),
                        text(node, "file"), node.required("hash").asText());
                articles.add(new StoredArticle(new EmbeddedArticle(chunked, rows), provenance));
            } catch (IOException | RuntimeException e) {
                throw new CorruptSnapshotException(ARTICLES, "line " + lineNumber + " is unreadable: " + e.getMessage());
            }
            lineStart = i + 1;
        }
        if (lineStart != bytes.length) {
            throw new CorruptSnapshotException(ARTICLES, "the last line is incomplete");
        }
        if (row != vectors.size()) {
            throw new CorruptSnapshotException(VECTORS, vectors.size() + " vectors for " + row + " chunks");
        }
        return articles;
    }

    private static Chunker.Chunked chunked(JsonNode node) {
        String published = text(node, "publishedAt");
        Article article = new Article(node.required("id").asText(), node.required("title").asText(),
                text(node, "source"), text(node, "author"), published == null ? null : OffsetDateTime.parse(published),
                text(node, "url"), node.required("body").asText());
        JsonNode flat = node.required("sentences");
        List<Span> sentences = new ArrayList<>(flat.size() / 2);
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            sentences.add(new Span(flat.get(i).asInt(), flat.get(i + 1).asInt()));
        }
        List<Chunk> chunks = new ArrayList<>();
        String body = article.body();
        for (JsonNode c : node.required("chunks")) {
            int ordinal = chunks.size();
            int start = c.get(2).asInt();
            int end = c.get(3).asInt();
            chunks.add(new Chunk(Chunk.idOf(article.id(), ordinal), article.id(), ordinal, c.get(0).asInt(),
                    c.get(1).asInt(), start, end, body.substring(start, end), c.get(4).asInt()));
        }
        return new Chunker.Chunked(article, List.copyOf(sentences), List.copyOf(chunks));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Writes the vector file: header, then every article's rows in order. */
    static void writeVectors(OutputStream out, int dimension, List<StoredArticle> articles) throws IOException {
        int rows = articles.stream().mapToInt(a -> a.embedded().vectors().size()).sum();
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(VECTOR_HEADER, 64 * dimension * Float.BYTES))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(VECTOR_MAGIC).putInt(dimension).putInt(rows);
        for (StoredArticle article : articles) {
            for (float[] vector : article.embedded().vectors()) {
                if (vector.length != dimension) {
                    throw new IllegalArgumentException("vector of " + vector.length + " dimensions, expected "
                            + dimension);
                }
                if (buffer.remaining() < dimension * Float.BYTES) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.asFloatBuffer().put(vector);
                buffer.position(buffer.position() + dimension * Float.BYTES);
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    static boolean hasVectorMagic(byte[] bytes) {
        return bytes.length >= VECTOR_MAGIC.length
                && java.util.Arrays.equals(bytes, 0, VECTOR_MAGIC.length, VECTOR_MAGIC, 0, VECTOR_MAGIC.length);
    }

    static VectorMatrix readVectors(byte[] bytes, int dimension) throws CorruptSnapshotException {
        if (bytes.length < VECTOR_HEADER) {
            throw new CorruptSnapshotException(VECTORS, "shorter than its header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[VECTOR_MAGIC.length];
        buffer.get(magic);
        if (!java.util.Arrays.equals(magic, VECTOR_MAGIC)) {
            throw new CorruptSnapshotException(VECTORS, "wrong magic (not a Newsdesk vector file)");
        }
        int dim = buffer.getInt();
        int rows = buffer.getInt();
        if (dim != dimension) {
            throw new CorruptSnapshotException(VECTORS, "dimension " + dim + " but the manifest says " + dimension);
        }
        if ((long) rows * dim * Float.BYTES != buffer.remaining()) {
            throw new CorruptSnapshotException(VECTORS, "holds " + buffer.remaining() + " bytes of vectors, "
                    + rows + " rows of " + dim + " need " + (long) rows * dim * Float.BYTES);
        }
        float[] data = new float[rows * dim];
        buffer.asFloatBuffer().get(data);
        return VectorMatrix.of(dim, data);
    }
}
