package newsdesk.solrlauncher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs a real SolrCloud for Newsdesk's tests in its own JVM: {@code MiniSolrCloudCluster} with N Jetty nodes and an
 * embedded ZooKeeper. Speaks a line protocol: prints {@code NODE i url} per node, then {@code READY}; reads commands
 * from stdin ({@code stop i}, {@code start i}, {@code quit}) and answers {@code STOPPED i} / {@code STARTED i url};
 * shuts the cluster down on {@code quit} or when stdin closes (so it never outlives the test JVM).
 */
public final class SolrLauncher {

    private static final String PREFIX = "LAUNCHER ";

    private SolrLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Path base = Files.createTempDirectory("newsdesk-solrcloud");
        long started = System.nanoTime();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        try {
            List<JettySolrRunner> jetties = List.copyOf(cluster.getJettySolrRunners());
            for (int i = 0; i < jetties.size(); i++) {
                say("NODE " + i + " " + jetties.get(i).getBaseUrl());
            }
            say("ZK " + cluster.getZkServer().getZkAddress());
            say("READY " + (System.nanoTime() - started) / 1_000_000 + " ms");
            serve(cluster, jetties);
        } finally {
            cluster.shutdown();
            deleteQuietly(base);
        }
        say("BYE");
        System.exit(0);
    }

    /** Node numbers are positions in {@code jetties}, the nodes as started (the cluster's own list drops stopped ones). */
    private static void serve(MiniSolrCloudCluster cluster, List<JettySolrRunner> jetties) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.strip().split("\\s+");
            try {
                switch (words[0]) {
                    case "quit" -> {
                        return;
                    }
                    case "stop" -> {
                        int i = Integer.parseInt(words[1]);
                        cluster.stopJettySolrRunner(jetties.get(i));
                        say("STOPPED " + i);
                    }
                    case "start" -> {
                        int i = Integer.parseInt(words[1]);
                        JettySolrRunner jetty = jetties.get(i);
                        cluster.startJettySolrRunner(jetty, true);
                        cluster.waitForNode(jetty, 30);
                        say("STARTED " + i + " " + jetty.getBaseUrl());
                    }
                    default -> say("ERROR unknown command " + line);
                }
            } catch (Exception e) {
                e.printStackTrace();
                say("ERROR " + e);
            }
        }
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // a temporary folder; the OS cleans it up
        }
    }
}
