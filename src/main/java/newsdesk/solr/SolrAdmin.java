package newsdesk.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sets up the collection: uploads the configset shipped in the jar ({@code solr/configset/}) through the Configsets
 * API and creates the collection through the Collections API. Used by {@code newsdesk solr-init} and, when
 * {@code NEWSDESK_SOLR_AUTO_INIT} is on, at start-up.
 */
public final class SolrAdmin {

    /** The files of the configset, under {@code solr/configset/} on the classpath. */
    public static final List<String> CONFIGSET_FILES = List.of("managed-schema.xml", "solrconfig.xml");

    private final SolrHttp http;

    public SolrAdmin(SolrHttp http) {
        this.http = http;
    }

    /** What {@link #init} did. */
    public enum Outcome { CREATED, UPDATED, EXISTED }

    /**
     * Uploads the configset (replacing an older upload of the same name) and creates the collection with {@code
     * settings.shards()} × {@code settings.replicas()} cores; an existing collection is reloaded so it picks up the
     * configset instead (when {@code reloadExisting}) or left alone.
     */
    public Outcome init(SolrSettings settings, boolean reloadExisting) {
        boolean exists = collectionExists(settings.collection());
        if (exists && !reloadExisting) {
            return Outcome.EXISTED;
        }
        uploadConfigset(settings.configset());
        if (exists) {
            http.get("/admin/collections", Map.of("action", "RELOAD", "name", settings.collection()));
            return Outcome.UPDATED;
        }
        http.get("/admin/collections", Map.of("action", "CREATE", "name", settings.collection(),
                "numShards", String.valueOf(settings.shards()),
                "replicationFactor", String.valueOf(settings.replicas()),
                "collection.configName", settings.configset(), "waitForFinalState", "true"));
        return Outcome.CREATED;
    }

    public boolean collectionExists(String collection) {
        JsonNode list = http.get("/admin/collections", Map.of("action", "LIST")).path("collections");
        for (JsonNode name : list) {
            if (name.asText().equals(collection)) {
                return true;
            }
        }
        return false;
    }

    public void uploadConfigset(String name) {
        http.post("/admin/configs", Map.of("action", "UPLOAD", "name", name, "overwrite", "true", "cleanup", "true"),
                configsetZip(), "application/octet-stream");
    }

    public void deleteCollection(String collection) {
        http.get("/admin/collections", Map.of("action", "DELETE", "name", collection));
    }

    /** The configset shipped in the jar as a zip, as the Configsets API takes it. */
    static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SolrAdmin.class.getResourceAsStream("/solr/configset/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("solr/configset/" + file + " is missing from the jar");
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
