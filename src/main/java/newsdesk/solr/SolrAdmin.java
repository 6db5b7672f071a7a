package newsdesk.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Sets up the collection: uploads the configset shipped in the jar ({@code solr/configset/}) through the Configsets
 * API and creates the collection through the Collections API (SolrJ's admin requests, sent with fail-over by
 * {@link SolrNodes}). Used by {@code newsdesk solr-init} and, when {@code NEWSDESK_SOLR_AUTO_INIT} is on, at
 * start-up.
 */
public final class SolrAdmin {

    /** The files of the configset, under {@code solr/configset/} on the classpath. */
    public static final List<String> CONFIGSET_FILES = List.of("managed-schema.xml", "solrconfig.xml");

    private final SolrNodes nodes;

    public SolrAdmin(SolrNodes nodes) {
        this.nodes = nodes;
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
            nodes.request(null, CollectionAdminRequest.reloadCollection(settings.collection()));
            return Outcome.UPDATED;
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(settings.collection(),
                settings.configset(), settings.shards(), settings.replicas());
        create.setWaitForFinalState(true);
        nodes.request(null, create);
        return Outcome.CREATED;
    }

    public boolean collectionExists(String collection) {
        JsonNode list = nodes.request(null, new CollectionAdminRequest.List()).path("collections");
        for (JsonNode name : list) {
            if (name.asText().equals(collection)) {
                return true;
            }
        }
        return false;
    }

    public void uploadConfigset(String name) {
        nodes.request(null, new ConfigSetAdminRequest.Upload().setConfigSetName(name).setOverwrite(true)
                .setCleanup(true).setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(),
                        name + ".zip", "application/octet-stream")));
    }

    public void deleteCollection(String collection) {
        nodes.request(null, CollectionAdminRequest.deleteCollection(collection));
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
