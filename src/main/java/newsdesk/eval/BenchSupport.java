package newsdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import newsdesk.Settings;
import newsdesk.embed.Embedder;

/** Small helpers of the benchmark commands: picking and cycling samples, closing embedders, removing scratch files. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** {@code n} items, going round the list as often as needed. */
    static <T> List<T> cycle(List<T> items, int n) {
        List<T> cycled = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cycled.add(items.get(i % items.size()));
        }
        return cycled;
    }

    /** {@code n} items evenly spread over the list (all of them when it is shorter). */
    static <T> List<T> spread(List<T> items, int n) {
        if (items.size() <= n) {
            return items;
        }
        List<T> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(items.get((int) ((long) i * items.size() / n)));
        }
        return picked;
    }

    static void close(Embedder embedder) throws Exception {
        if (embedder instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Newsdesk's settings from {@code env}, with the data directory and seeds under the given folder. */
    static Function<Path, Settings> settingsFor(Map<String, String> env) {
        return dir -> {
            Map<String, String> values = new HashMap<>(env);
            values.put("NEWSDESK_DATA_DIR", dir.resolve("data").toString());
            values.put("NEWSDESK_SEEDS", dir.resolve("seeds").toString());
            return Settings.from(values);
        };
    }
}
