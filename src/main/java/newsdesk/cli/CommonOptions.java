package newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import newsdesk.Settings;

/** The flags every command shares; each overrides the {@code NEWSDESK_*} variable of the same meaning. */
public final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--seeds", paramLabel = "PATH", description = "Article file or folder to load (default: ./seeds).")
    Path seeds;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the index is kept (default: ./data).")
    Path dataDir;

    @Option(names = "--top-k", paramLabel = "N", description = "Passages retrieved per question (default: 5).")
    Integer topK;

    @Option(names = "--model", paramLabel = "NAME", description = "Embedding model: minilm or minilm-q.")
    String model;

    @Option(names = "--question-model", paramLabel = "NAME",
            description = "Model that embeds questions: auto (the --model) or, with minilm, minilm-q.")
    String questionModel;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Abstain below this confidence (0..1).")
    Double minConfidence;

    @Option(names = "--store", paramLabel = "KIND", description = "Where the corpus lives: memory (default) or solr.")
    String store;

    @Option(names = "--solr-url", paramLabel = "URLS", description = "Solr base URLs, comma-separated.")
    String solrUrl;

    @Option(names = "--solr-collection", paramLabel = "NAME", description = "Solr collection (default: news).")
    String solrCollection;

    /** The command's standard output, as picocli holds it ({@code CommandLine.setOut}). */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's standard error, as picocli holds it ({@code CommandLine.setErr}). */
    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Settings from the environment overlaid with these flags. */
    public Settings settings(Map<String, String> env) {
        Map<String, String> values = new HashMap<>(env);
        put(values, "NEWSDESK_SEEDS", seeds);
        put(values, "NEWSDESK_DATA_DIR", dataDir);
        put(values, "NEWSDESK_TOP_K", topK);
        put(values, "NEWSDESK_MODEL", model);
        put(values, "NEWSDESK_QUESTION_MODEL", questionModel);
        put(values, "NEWSDESK_MIN_CONFIDENCE", minConfidence);
        put(values, "NEWSDESK_STORE", store);
        put(values, "NEWSDESK_SOLR_URL", solrUrl);
        put(values, "NEWSDESK_SOLR_COLLECTION", solrCollection);
        return Settings.from(values);
    }

    static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }
}
