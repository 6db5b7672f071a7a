package newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generation folders of one data directory, for {@link SnapshotStore}: listing them, loading the newest that
 * verifies (falling back to older ones), pruning old ones and removing what interrupted writes left behind.
 */
final class SnapshotGenerations {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");
    private static final Pattern LEFTOVER = Pattern.compile("gen-\\d{6,}\\.(tmp|del)");
    private static final int LOAD_ATTEMPTS = 3;

    private final Path dir;

    SnapshotGenerations(Path dir) {
        this.dir = dir;
    }

    /** Numbers of the complete generations on disk, oldest first. */
    List<Long> numbers() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> GENERATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Long.parseLong(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir(long generation) {
        return dir.resolve(String.format("gen-%06d", generation));
    }

    /**
     * The newest generation that verifies, or generation 0 with nothing; a generation made with another profile is
     * returned stale. A generation that vanishes while being read (another process pruned it) restarts the search.
     */
    SnapshotStore.Loaded loadNewest(IndexProfile profile) {
        List<SnapshotStore.Rejection> rejected = new ArrayList<>();
        for (int attempt = 1; attempt <= LOAD_ATTEMPTS; attempt++) {
            rejected.clear();
            List<Long> newestFirst = new ArrayList<>(numbers());
            newestFirst.sort(Comparator.reverseOrder());
            boolean vanished = false;
            for (int i = 0; i < newestFirst.size() && !vanished; i++) {
                long number = newestFirst.get(i);
                Path genDir = dir(number);
                String next = i + 1 < newestFirst.size()
                        ? "falling back to " + dir(newestFirst.get(i + 1)).getFileName()
                        : "rebuilding from the sources";
                long started = System.nanoTime();
                try {
                    GenerationFiles.Generation generation = GenerationFiles.read(genDir);
                    String stale = profile.differences(generation.manifest().profile());
                    if (stale.isEmpty()) {
                        LOG.info("loaded snapshot {}: {} articles, {} chunks in {} ms", genDir, generation.articles()
                                .size(), generation.manifest().chunks(), (System.nanoTime() - started) / 1_000_000);
                    } else {
                        LOG.warn("snapshot {} was built with {}: its vectors are not used, its {} articles are "
                                + "re-embedded", genDir, stale, generation.articles().size());
                    }
                    return new SnapshotStore.Loaded(number, generation.articles(), stale, List.copyOf(rejected));
                } catch (CorruptSnapshotException e) {
                    vanished = !Files.isDirectory(genDir);
                    if (!vanished) {
                        Path file = genDir.resolve(e.file());
                        LOG.error("snapshot file {} is corrupt: {}; it is not served, {}", file, e.getMessage(), next);
                        rejected.add(new SnapshotStore.Rejection(file, e.getMessage(), true));
                    }
                } catch (GenerationFiles.IncompatibleSnapshotException e) {
                    LOG.warn("snapshot {} is not used: {}; {}", genDir, e.getMessage(), next);
                    rejected.add(new SnapshotStore.Rejection(genDir, e.getMessage(), false));
                }
            }
            if (!vanished) {
                break;
            }
        }
        return new SnapshotStore.Loaded(0, List.of(), "", List.copyOf(rejected));
    }

    /** Deletes every generation but {@code previous} and {@code written} (renamed {@code .del} first). */
    void prune(long previous, long written) {
        for (long number : numbers()) {
            if (number != previous && number != written) {
                Path old = dir(number);
                Path doomed = dir.resolve(old.getFileName() + ".del");
                try {
                    Files.move(old, doomed, StandardCopyOption.ATOMIC_MOVE);
                    GenerationFiles.deleteTree(doomed);
                } catch (IOException e) {
                    LOG.warn("cannot delete old snapshot {}: {}", old, e.getMessage());
                }
            }
        }
    }

    /** Removes {@code .tmp} and {@code .del} folders left by interrupted writes. */
    void removeLeftovers() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path leftover : children.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
                    .toList()) {
                LOG.info("removing {} left by an interrupted write", leftover);
                GenerationFiles.deleteTree(leftover);
            }
        }
    }

    static void deleteQuietly(Path root) {
        try {
            GenerationFiles.deleteTree(root);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", root, e.getMessage());
        }
    }
}
