package newsdesk.solr;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which store Newsdesk uses and how it reaches Solr, from {@code NEWSDESK_*} variables ({@link #KNOBS} lists each
 * with its default). {@code urls} are Solr base URLs ({@code http://host:8983/solr}); requests go to the first that
 * answers, so listing every node survives the loss of one.
 */
public record SolrSettings(Store store, List<URI> urls, String collection, String configset, int shards,
                           int replicas, Duration timeout, boolean autoInit) {

    /** The in-memory corpus (default) or a SolrCloud collection. */
    public enum Store { MEMORY, SOLR }

    public static final Map<String, String[]> KNOBS = knobs();

    public SolrSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Solr URL is needed");
        }
        for (URI url : urls) {
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("a Solr URL must be http(s)://host:port/solr, got " + url);
            }
        }
        if (collection == null || !collection.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a Solr collection name is letters, digits, '_', '.', '-': "
                    + collection);
        }
        if (configset == null || !configset.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("bad configset name " + configset);
        }
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be >= 1");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Solr timeout must be positive");
        }
    }

    public static SolrSettings fromEnv(Map<String, String> env) {
        Map<String, String> v = new LinkedHashMap<>();
        KNOBS.forEach((name, meta) -> v.put(name, meta[0]));
        env.forEach((name, value) -> {
            if (value != null && !value.isBlank() && KNOBS.containsKey(name)) {
                v.put(name, value.strip());
            }
        });
        try {
            return new SolrSettings(
                    Store.valueOf(v.get("NEWSDESK_STORE").toUpperCase(Locale.ROOT)),
                    Arrays.stream(v.get("NEWSDESK_SOLR_URL").split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).map(s -> URI.create(s.replaceAll("/+$", ""))).toList(),
                    v.get("NEWSDESK_SOLR_COLLECTION"),
                    v.get("NEWSDESK_SOLR_CONFIGSET"),
                    Integer.parseInt(v.get("NEWSDESK_SOLR_SHARDS")),
                    Integer.parseInt(v.get("NEWSDESK_SOLR_REPLICAS")),
                    Duration.ofMillis(Long.parseLong(v.get("NEWSDESK_SOLR_TIMEOUT_MS"))),
                    Boolean.parseBoolean(v.get("NEWSDESK_SOLR_AUTO_INIT")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad Solr setting: " + e.getMessage(), e);
        }
    }

    public static SolrSettings defaults() {
        return fromEnv(Map.of());
    }

    /** The same settings pointing at other nodes and collection (tests, the {@code solr-init} flags). */
    public SolrSettings with(List<URI> urls, String collection) {
        return new SolrSettings(store, urls, collection, configset, shards, replicas, timeout, autoInit);
    }

    private static Map<String, String[]> knobs() {
        Map<String, String[]> k = new LinkedHashMap<>();
        k.put("NEWSDESK_STORE", new String[] {"memory", "where articles live: memory or solr (--store)"});
        k.put("NEWSDESK_SOLR_URL", new String[] {"http://localhost:8983/solr",
            "Solr base URLs, comma-separated; the first that answers is used (--solr-url)"});
        k.put("NEWSDESK_SOLR_COLLECTION", new String[] {"news", "the Solr collection (--solr-collection)"});
        k.put("NEWSDESK_SOLR_CONFIGSET", new String[] {"newsdesk", "name of the uploaded configset"});
        k.put("NEWSDESK_SOLR_SHARDS", new String[] {"2", "shards of a collection that solr-init creates"});
        k.put("NEWSDESK_SOLR_REPLICAS", new String[] {"2", "replicas per shard of a collection solr-init creates"});
        k.put("NEWSDESK_SOLR_TIMEOUT_MS", new String[] {"10000", "longest wait for one Solr request"});
        k.put("NEWSDESK_SOLR_AUTO_INIT", new String[] {"false",
            "create the collection on start when it is missing (as solr-init would)"});
        return Collections.unmodifiableMap(k);
    }
}
