package newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the seeds location by polling: every {@code interval} it lists the files with their size and modification
 * time and, once a change has stayed the same for one more interval (so a file being copied is read whole), runs
 * {@code onChange}. Polling instead of {@code WatchService}: it sees nested folders, network and container mounts,
 * and costs one directory listing per interval.
 */
public final class SeedWatcher implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SeedWatcher.class);

    private final Path root;
    private final Duration interval;
    private final Runnable onChange;
    private final Object sleeper = new Object();
    private final List<String> baseline;
    private volatile boolean stopped;

    public SeedWatcher(Path root, Duration interval, Runnable onChange) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the watch interval must be positive");
        }
        this.root = root;
        this.interval = interval;
        this.onChange = onChange;
        this.baseline = fingerprint(root);
    }

    /** The files under the seeds location with size and modification time: equal fingerprints mean no change. */
    public static List<String> fingerprint(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        try {
            List<Path> files = Files.isDirectory(root) ? SeedSync.candidates(root) : List.of(root);
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                entries.add(file + "\u0000" + attributes.size() + "\u0000" + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            entries.add("unlistable: " + e.getMessage());
        }
        return entries;
    }

    /** Polls until {@link #close()}; the seeds as they were when this watcher was made count as seen. */
    @Override
    public void run() {
        List<String> seen = baseline;
        List<String> pending = null;
        while (!pause()) {
            List<String> now = fingerprint(root);
            if (now.equals(seen)) {
                pending = null;
            } else if (Objects.equals(now, pending)) {
                seen = now;
                pending = null;
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.error("syncing the seeds failed: {}", e.getMessage(), e);
                }
            } else {
                pending = now;
            }
        }
    }

    /** Stops polling; a sync already running finishes first (it is never interrupted). */
    @Override
    public void close() {
        synchronized (sleeper) {
            stopped = true;
            sleeper.notifyAll();
        }
    }

    /** Waits one interval; true when stopped. */
    private boolean pause() {
        synchronized (sleeper) {
            long until = System.nanoTime() + interval.toNanos();
            try {
                while (!stopped && System.nanoTime() < until) {
                    sleeper.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
            return stopped;
        }
    }
}
