package newsdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.ingest.Ingestor;

/** Builds Newsdesk the way {@code main} does, over test folders: fast with the hashing embedder, or the real model. */
public final class TestDesks {

    /** The small corpus shipped with the tests: the seed article and two invented ones. */
    public static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** The repository's seeds folder, as users get it. */
    public static final Path SEEDS = Path.of("seeds");

    private static Newsdesk realSeeds;

    private TestDesks() {
    }

    public static Settings settings(Path seeds, Path dataDir, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.put("NEWSDESK_SEEDS", seeds.toString());
        values.put("NEWSDESK_DATA_DIR", dataDir.toString());
        return Settings.from(values);
    }

    /** Newsdesk over {@code seeds} with the deterministic hashing embedder, seeds loaded. */
    public static Newsdesk hashing(Path seeds, Path dataDir) {
        Newsdesk desk = Newsdesk.create(settings(seeds, dataDir, Map.of()), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    /**
     * One shared Newsdesk over the repository's seeds with the real all-MiniLM-L6-v2 model (loaded once per test JVM;
     * never closed, it lives as long as the JVM).
     */
    public static synchronized Newsdesk realSeeds(Path dataDir) {
        if (realSeeds == null) {
            realSeeds = Newsdesk.create(settings(SEEDS, dataDir, Map.of()));
            realSeeds.ingestSeeds(Ingestor.Progress.NONE);
        }
        return realSeeds;
    }
}
