package newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generations of the corpus on disk, under one data directory: {@code gen-000042/} holds {@value
 * SnapshotFormat#ARTICLES}, {@value SnapshotFormat#VECTORS} and a {@link Manifest} with their checksums.
 *
 * <p>A generation is written into {@code gen-NNNNNN.tmp/}, every file fsynced, the folder fsynced, renamed
 * atomically to {@code gen-NNNNNN/} and the data directory fsynced: a reader sees a complete generation or none.
 * The generation it was derived from is kept until the new one is complete; older ones are then deleted (renamed
 * {@code .del} first). Loading verifies sizes and SHA-256 of every file and falls back to the previous generation
 * when one fails; a corrupt file is logged once at ERROR and never served.
 *
 * <p>One process writes at a time: {@code LOCK} is held with an OS file lock from {@link #open()} to
 * {@link #close()}. A second process (say {@code newsdesk ask} while {@code serve} runs) gets a read-only store.
 */
public final class SnapshotStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private final Path dir;
    private final SnapshotGenerations generations;
    private final IndexProfile profile;
    private final Clock clock;
    private final DataDirLock lock = new DataDirLock();
    private boolean opened;
    private long current;
    private long highest;
    private final DirectorySync sync;
    /** Present once a start has completed its seed sync in this directory. */
    static final String STARTED = "STARTED";

    public SnapshotStore(Path dir, IndexProfile profile, Clock clock) {
        this(dir, profile, clock, GenerationFiles::fsyncDirectory);
    }

    /** With the data directory synced by {@code sync} (tests inject failures). */
    SnapshotStore(Path dir, IndexProfile profile, Clock clock, DirectorySync sync) {
        this.dir = dir;
        this.generations = new SnapshotGenerations(dir);
        this.profile = profile;
        this.clock = clock;
        this.sync = sync;
    }

    /** Makes a rename in a directory durable ({@link GenerationFiles#fsyncDirectory}). */
    interface DirectorySync {
        void fsync(Path directory) throws IOException;
    }

    /** What {@link #load()} found: the newest usable generation (0 when none) and what was skipped on the way. */
    public record Loaded(long generation, List<StoredArticle> articles, String staleReason, List<Rejection> rejected) {

        /** Whether the vectors were made with another profile and must be recomputed from the articles. */
        public boolean stale() {
            return !staleReason.isEmpty();
        }
    }

    /** A generation that was not used: the file at fault (or the generation folder) and why. */
    public record Rejection(Path file, String reason, boolean corrupt) {
    }

    public Path dir() {
        return dir;
    }

    public IndexProfile profile() {
        return profile;
    }

    /** Creates the data directory, takes the write lock if it is free, and removes leftovers of interrupted writes. */
    public synchronized void open() {
        if (opened) {
            return;
        }
        try {
            Files.createDirectories(dir);
            if (!lock.acquire(dir)) {
                LOG.warn("data directory {} is in use by another Newsdesk process: this one will not write to it",
                        dir.toAbsolutePath());
            } else {
                generations.removeLeftovers();
            }
            highest = generations().stream().mapToLong(Long::longValue).max().orElse(0);
            opened = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + dir.toAbsolutePath(), e);
        }
    }

    /** Whether this process holds the write lock. */
    public synchronized boolean writable() {
        open();
        return lock.held();
    }

    /** The generation last loaded or written (0 when none). */
    public synchronized long current() {
        return current;
    }

    /** Numbers of the complete generations on disk, oldest first. */
    public List<Long> generations() {
        return generations.numbers();
    }

    public Path generationDir(long generation) {
        return generations.dir(generation);
    }

    /** Loads the newest generation that verifies; see {@link Loaded}. */
    public synchronized Loaded load() {
        open();
        Loaded loaded = generations.loadNewest(profile);
        if (loaded.generation() > 0) {
            current = loaded.generation();
        }
        return loaded;
    }

    /** Re-reads a generation and checks every checksum; empty when it verifies, else the problem. */
    public Optional<String> verify(long generation) {
        try {
            GenerationFiles.read(generationDir(generation));
            return Optional.empty();
        } catch (CorruptSnapshotException e) {
            return Optional.of(e.file() + ": " + e.getMessage());
        } catch (GenerationFiles.IncompatibleSnapshotException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Writes {@code articles} as a new generation and returns its number once it is durable. Deletes every older
     * generation but the one loaded or written before.
     *
     * @throws UncheckedIOException when the generation could not be written (nothing changes on disk then)
     * @throws IllegalStateException when another process holds the data directory
     */
    public synchronized long write(List<StoredArticle> articles) {
        if (!writable()) {
            throw new IllegalStateException("data directory " + dir.toAbsolutePath()
                    + " is in use by another Newsdesk process");
        }
        long number = highest + 1;
        Path tmp = dir.resolve(generationDir(number).getFileName() + ".tmp");
        try {
            GenerationFiles.deleteTree(tmp);
            Files.createDirectory(tmp);
            GenerationFiles.write(tmp, new Manifest(SnapshotFormat.FORMAT, number, clock.instant(), profile, 0, 0,
                    Map.of()), articles);
            Files.move(tmp, generationDir(number), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            SnapshotGenerations.deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write snapshot " + generationDir(number) + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            SnapshotGenerations.deleteQuietly(tmp);
            throw e;
        }
        try {
            sync.fsync(dir);
        } catch (IOException e) {
            withdraw(number);
            throw new UncheckedIOException("cannot write snapshot " + generationDir(number) + ": " + e.getMessage(), e);
        }
        long previous = current;
        current = number;
        highest = number;
        generations.prune(previous, number);
        return number;
    }

    /**
     * The generation was renamed into place but the rename may not be durable: take it away again, so the refused
     * change is neither served now nor found by the next start. Its number is never reused: if it cannot be removed,
     * the next write supersedes it (and prunes it).
     */
    private void withdraw(long number) {
        highest = Math.max(highest, number);
        Path written = generationDir(number);
        Path doomed = dir.resolve(written.getFileName() + ".del");
        try {
            Files.move(written, doomed, StandardCopyOption.ATOMIC_MOVE);
            GenerationFiles.deleteTree(doomed);
            sync.fsync(dir);
        } catch (IOException e) {
            LOG.error("could not withdraw {} after a failed directory sync ({}); the next write replaces it",
                    written, e.getMessage());
        }
    }

    /** Whether a start has once completed its seed sync with this data directory (see {@link #markStarted()}). */
    public boolean startedBefore() {
        return Files.exists(dir.resolve(STARTED));
    }

    /**
     * Records that a start completed its seed sync, so the generations written from now on hold a complete corpus and
     * a restart can serve the newest at once. Written before a first load ends, a generation may hold a part only.
     */
    public synchronized void markStarted() {
        if (!writable() || startedBefore()) {
            return;
        }
        try {
            Files.writeString(dir.resolve(STARTED), "a start completed its seed sync at " + clock.instant() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            sync.fsync(dir);
        } catch (IOException e) {
            LOG.warn("cannot record the completed start in {}: {}; the next start is ready after its seed sync",
                    dir, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        lock.release(dir);
        opened = false;
    }
}
