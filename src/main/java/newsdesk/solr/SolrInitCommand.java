package newsdesk.solr;

import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk solr-init}: upload the configset shipped in the jar and create the collection. Defaults come from
 * the {@code NEWSDESK_SOLR_*} variables ({@link SolrSettings}).
 *
 * <pre>newsdesk solr-init --solr-url http://solr1:8983/solr,http://solr2:8983/solr --solr-collection news \
 *     --shards 2 --replicas 2</pre>
 */
@Command(name = "solr-init", mixinStandardHelpOptions = true,
        description = "Upload Newsdesk's Solr configset and create the collection (reload it when it exists).")
public final class SolrInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SolrSettings defaults = SolrSettings.fromEnv(System.getenv());

    @Option(names = "--solr-url", paramLabel = "URLS", split = ",",
            description = "Solr base URLs (default: NEWSDESK_SOLR_URL or http://localhost:8983/solr).")
    URI[] urls;

    @Option(names = "--solr-collection", paramLabel = "NAME", description = "Collection (default: news).")
    String collection;

    @Option(names = "--shards", description = "Shards of a new collection (default: ${DEFAULT-VALUE}).")
    int shards = defaults.shards();

    @Option(names = "--replicas", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas = defaults.replicas();

    @Option(names = "--keep-existing", description = "Leave an existing collection and its configset alone.")
    boolean keepExisting;

    @Override
    public Integer call() {
        SolrSettings settings = new SolrSettings(SolrSettings.Store.SOLR,
                urls == null ? defaults.urls() : Arrays.asList(urls),
                collection == null ? defaults.collection() : collection, defaults.configset(), shards, replicas,
                defaults.timeout().multipliedBy(6), false);
        SolrAdmin.Outcome outcome;
        try (SolrNodes nodes = new SolrNodes(settings)) {
            outcome = new SolrAdmin(nodes).init(settings, !keepExisting);
        }
        spec.commandLine().getOut().println(switch (outcome) {
            case CREATED -> "created collection " + settings.collection() + " (" + shards + " shards x " + replicas
                    + " replicas, configset " + settings.configset() + ")";
            case UPDATED -> "collection " + settings.collection() + " exists: uploaded configset "
                    + settings.configset() + " and reloaded it";
            case EXISTED -> "collection " + settings.collection() + " exists: left as it is";
        });
        return 0;
    }
}
