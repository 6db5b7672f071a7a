package newsdesk.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The table of contents of one generation: format version, the {@link IndexProfile} its vectors were made with,
 * counts, and the size and SHA-256 of every data file. Stored as three lines: the magic {@value #MAGIC}, the JSON,
 * and {@code sha256 <hex>} of the JSON line, so a damaged manifest is detected like any other file.
 */
record Manifest(int format, long generation, Instant createdAt, IndexProfile profile, int articles, int chunks,
                Map<String, FileDigest> files) {

    static final String MAGIC = "newsdesk-snapshot";
    private static final ObjectMapper JSON = new ObjectMapper();

    Manifest {
        files = Map.copyOf(files);
    }

    /** A data file's length in bytes and SHA-256 (lower-case hex). */
    record FileDigest(long bytes, String sha256) {
    }

    byte[] encode() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        root.put("generation", generation);
        root.put("createdAt", createdAt.toString());
        root.put("model", profile.modelId());
        root.put("dimension", profile.dimension());
        ObjectNode chunker = root.putObject("chunker");
        chunker.put("maxTokens", profile.maxTokens());
        chunker.put("overlapSentences", profile.overlapSentences());
        chunker.put("embedTitles", profile.embedTitles());
        root.put("articles", articles);
        root.put("chunks", chunks);
        ObjectNode fileNodes = root.putObject("files");
        new java.util.TreeMap<>(files).forEach((name, digest) -> {
            ObjectNode f = fileNodes.putObject(name);
            f.put("bytes", digest.bytes());
            f.put("sha256", digest.sha256());
        });
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((MAGIC + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(json);
        out.writeBytes(("\nsha256 " + Checksums.sha256(json) + "\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static Manifest decode(byte[] bytes, String file) throws CorruptSnapshotException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            throw new CorruptSnapshotException(file, "the file is empty");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(MAGIC)) {
            throw new CorruptSnapshotException(file, "wrong magic (not a Newsdesk snapshot manifest)");
        }
        if (lines.length != 4 || !lines[3].isEmpty() || !lines[2].startsWith("sha256 ")) {
            throw new CorruptSnapshotException(file, "truncated or garbled (expected magic, JSON and checksum lines)");
        }
        byte[] json = lines[1].getBytes(StandardCharsets.UTF_8);
        String expected = lines[2].substring("sha256 ".length());
        String actual = Checksums.sha256(json);
        if (!actual.equals(expected)) {
            throw new CorruptSnapshotException(file, "checksum mismatch (recorded " + Checksums.abbreviate(expected)
                    + ", computed " + Checksums.abbreviate(actual) + ")");
        }
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode chunker = root.required("chunker");
            IndexProfile profile = new IndexProfile(root.required("model").asText(),
                    root.required("dimension").asInt(), chunker.required("maxTokens").asInt(),
                    chunker.required("overlapSentences").asInt(), chunker.required("embedTitles").asBoolean());
            Map<String, FileDigest> files = new LinkedHashMap<>();
            root.required("files").fields().forEachRemaining(e -> files.put(e.getKey(),
                    new FileDigest(e.getValue().required("bytes").asLong(), e.getValue().required("sha256").asText())));
            return new Manifest(root.required("format").asInt(), root.required("generation").asLong(),
                    Instant.parse(root.required("createdAt").asText()), profile, root.required("articles").asInt(),
                    root.required("chunks").asInt(), files);
        } catch (java.io.IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new CorruptSnapshotException(file, "unreadable manifest: " + e.getMessage());
        }
    }
}
