package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The production packages, drawn as imports, form no cycle (so they read as the pipeline, bottom to top), and no
 * production package but the launcher imports the evaluation harness. Reads the sources, as a newcomer would.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\bnewsdesk\\.(?:([a-z]\\w*)\\.)?[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Package to the packages its sources name, both as {@code newsdesk} or {@code newsdesk.x}. */
    static Map<String, Set<String>> graph(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    continue;
                }
                String from = declared.group(1);
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(COMMENT.matcher(source).replaceAll(""));
                while (ref.find()) {
                    String target = ref.group(1) == null ? "newsdesk" : "newsdesk." + ref.group(1);
                    if (!target.equals(from)) {
                        to.add(target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** Every cycle reachable in {@code graph}, each as the path that closes it (empty when acyclic). */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            walk(start, graph, new ArrayList<>(), done, cycles);
        }
        return cycles;
    }

    private static void walk(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done,
                             List<List<String>> cycles) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            cycles.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            walk(next, graph, path, done, cycles);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }

    @Test
    void theProductionPackagesHaveNoImportCycle() {
        Map<String, Set<String>> graph = graph(SOURCES);
        assertThat(graph).containsKeys("newsdesk", "newsdesk.launch", "newsdesk.qa", "newsdesk.retrieve");
        assertThat(cycles(graph)).as("import cycles among %s", graph).isEmpty();
    }

    @Test
    void onlyTheLauncherImportsTheEvaluationHarness() {
        Map<String, Set<String>> graph = graph(SOURCES);
        List<String> importers = graph.entrySet().stream()
                .filter(e -> e.getValue().contains("newsdesk.eval"))
                .map(Map.Entry::getKey).toList();
        assertThat(importers).containsExactly("newsdesk.launch");
    }

    @Test
    void theCycleFinderFindsACycleAndPassesADiamond() {
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")))).isNotEmpty();
        assertThat(cycles(Map.of("a", Set.of("b", "c"), "b", Set.of("d"), "c", Set.of("d")))).isEmpty();
        assertThat(cycles(Map.of("a", Set.of("a")))).containsExactly(List.of("a", "a"));
    }
}
