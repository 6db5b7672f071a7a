package newsdesk.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");
    private static final Pattern LEFTOVER = Pattern.compile("gen-\\d{6,}\\.(tmp|del)");
    private static final int LOAD_ATTEMPTS = 3;

    private final Path dir;
    private final IndexProfile profile;
    private final Clock clock;
    private FileChannel lockChannel;
    private FileLock lock;
    private boolean opened;
    private long current;
    private long highest;

    public SnapshotStore(Path dir, IndexProfile profile, Clock clock) {
        this.dir = dir;
        this.profile = profile;
        this.clock = clock;
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
            lockChannel = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                LOG.warn("data directory {} is in use by another Newsdesk process: this one will not write to it",
                        dir.toAbsolutePath());
            } else {
                removeLeftovers();
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
        return lock != null;
    }

    /** The generation last loaded or written (0 when none). */
    public synchronized long current() {
        return current;
    }

    /** Numbers of the complete generations on disk, oldest first. */
    public List<Long> generations() {
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

    public Path generationDir(long generation) {
        return dir.resolve(String.format("gen-%06d", generation));
    }

    /** Loads the newest generation that verifies; see {@link Loaded}. */
    public synchronized Loaded load() {
        open();
        List<Rejection> rejected = new ArrayList<>();
        for (int attempt = 1; attempt <= LOAD_ATTEMPTS; attempt++) {
            rejected.clear();
            List<Long> newestFirst = new ArrayList<>(generations());
            newestFirst.sort(Comparator.reverseOrder());
            boolean vanished = false;
            for (int i = 0; i < newestFirst.size() && !vanished; i++) {
                long number = newestFirst.get(i);
                Path genDir = generationDir(number);
                String next = i + 1 < newestFirst.size()
                        ? "falling back to " + generationDir(newestFirst.get(i + 1)).getFileName()
                        : "rebuilding from the sources";
                long started = System.nanoTime();
                try {
                    Generation generation = read(genDir);
                    current = number;
                    String stale = profile.differences(generation.manifest().profile());
                    if (stale.isEmpty()) {
                        LOG.info("loaded snapshot {}: {} articles, {} chunks in {} ms", genDir, generation.articles()
                                .size(), generation.manifest().chunks(), (System.nanoTime() - started) / 1_000_000);
                    } else {
                        LOG.warn("snapshot {} was built with {}: its vectors are not used, its {} articles are "
                                + "re-embedded", genDir, stale, generation.articles().size());
                    }
                    return new Loaded(number, generation.articles(), stale, List.copyOf(rejected));
                } catch (CorruptSnapshotException e) {
                    vanished = !Files.isDirectory(genDir);
                    if (!vanished) {
                        Path file = genDir.resolve(e.file());
                        LOG.error("snapshot file {} is corrupt: {}; it is not served, {}", file, e.getMessage(), next);
                        rejected.add(new Rejection(file, e.getMessage(), true));
                    }
                } catch (IncompatibleSnapshotException e) {
                    LOG.warn("snapshot {} is not used: {}; {}", genDir, e.getMessage(), next);
                    rejected.add(new Rejection(genDir, e.getMessage(), false));
                }
            }
            if (!vanished) {
                break;
            }
        }
        return new Loaded(0, List.of(), "", List.copyOf(rejected));
    }

    /** Re-reads a generation and checks every checksum; empty when it verifies, else the problem. */
    public Optional<String> verify(long generation) {
        try {
            read(generationDir(generation));
            return Optional.empty();
        } catch (CorruptSnapshotException e) {
            return Optional.of(e.file() + ": " + e.getMessage());
        } catch (IncompatibleSnapshotException e) {
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
            deleteTree(tmp);
            Files.createDirectory(tmp);
            Manifest.FileDigest articleFile = writeFile(tmp.resolve(SnapshotFormat.ARTICLES), out -> {
                for (StoredArticle article : articles) {
                    out.write(SnapshotFormat.articleLine(article));
                }
            });
            Manifest.FileDigest vectorFile = writeFile(tmp.resolve(SnapshotFormat.VECTORS),
                    out -> SnapshotFormat.writeVectors(out, profile.dimension(), articles));
            int chunks = articles.stream().mapToInt(a -> a.embedded().vectors().size()).sum();
            Manifest manifest = new Manifest(SnapshotFormat.FORMAT, number, clock.instant(), profile,
                    articles.size(), chunks, Map.of(SnapshotFormat.ARTICLES, articleFile,
                            SnapshotFormat.VECTORS, vectorFile));
            writeFile(tmp.resolve(SnapshotFormat.MANIFEST), out -> out.write(manifest.encode()));
            fsyncDirectory(tmp);
            Files.move(tmp, generationDir(number), StandardCopyOption.ATOMIC_MOVE);
            fsyncDirectory(dir);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write snapshot " + generationDir(number) + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(tmp);
            throw e;
        }
        long previous = current;
        current = number;
        highest = number;
        prune(previous, number);
        return number;
    }

    @Override
    public synchronized void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.warn("cannot release the lock of {}: {}", dir, e.getMessage());
        }
        lock = null;
        lockChannel = null;
        opened = false;
    }

    private Generation read(Path genDir) throws CorruptSnapshotException, IncompatibleSnapshotException {
        String name = genDir.getFileName().toString();
        Manifest manifest = Manifest.decode(readFile(genDir, SnapshotFormat.MANIFEST), SnapshotFormat.MANIFEST);
        if (manifest.format() != SnapshotFormat.FORMAT) {
            throw new IncompatibleSnapshotException("format version " + manifest.format() + ", this build reads "
                    + SnapshotFormat.FORMAT);
        }
        if (manifest.generation() != Long.parseLong(name.substring("gen-".length()))) {
            throw new CorruptSnapshotException(SnapshotFormat.MANIFEST, "records generation "
                    + manifest.generation() + " but lives in " + name);
        }
        byte[] vectorBytes = verified(genDir, SnapshotFormat.VECTORS, manifest);
        byte[] articleBytes = verified(genDir, SnapshotFormat.ARTICLES, manifest);
        VectorMatrix vectors = SnapshotFormat.readVectors(vectorBytes, manifest.profile().dimension());
        List<StoredArticle> articles = SnapshotFormat.articles(articleBytes, vectors);
        if (articles.size() != manifest.articles() || vectors.size() != manifest.chunks()) {
            throw new CorruptSnapshotException(SnapshotFormat.MANIFEST, "records " + manifest.articles()
                    + " articles and " + manifest.chunks() + " chunks, the files hold " + articles.size() + " and "
                    + vectors.size());
        }
        return new Generation(manifest, articles);
    }

    private static byte[] verified(Path genDir, String name, Manifest manifest) throws CorruptSnapshotException {
        Manifest.FileDigest expected = manifest.files().get(name);
        if (expected == null) {
            throw new CorruptSnapshotException(SnapshotFormat.MANIFEST, "does not list " + name);
        }
        byte[] bytes = readFile(genDir, name);
        if (name.equals(SnapshotFormat.VECTORS) && !SnapshotFormat.hasVectorMagic(bytes)) {
            throw new CorruptSnapshotException(name, bytes.length == 0 ? "the file is empty"
                    : "wrong magic (not a Newsdesk vector file)");
        }
        if (bytes.length < expected.bytes()) {
            throw new CorruptSnapshotException(name, "truncated: " + bytes.length + " bytes, the manifest records "
                    + expected.bytes());
        }
        if (bytes.length > expected.bytes()) {
            throw new CorruptSnapshotException(name, "has " + (bytes.length - expected.bytes())
                    + " bytes more than the manifest records (garbage appended)");
        }
        String actual = Checksums.sha256(bytes);
        if (!actual.equals(expected.sha256())) {
            throw new CorruptSnapshotException(name, "checksum mismatch (recorded "
                    + Checksums.abbreviate(expected.sha256()) + ", computed " + Checksums.abbreviate(actual) + ")");
        }
        return bytes;
    }

    private static byte[] readFile(Path genDir, String name) throws CorruptSnapshotException {
        try {
            return Files.readAllBytes(genDir.resolve(name));
        } catch (NoSuchFileException e) {
            throw new CorruptSnapshotException(name, "the file is missing");
        } catch (IOException e) {
            throw new CorruptSnapshotException(name, "cannot be read: " + e.getMessage());
        }
    }

    private void prune(long previous, long written) {
        for (long number : generations()) {
            if (number != previous && number != written) {
                Path old = generationDir(number);
                Path doomed = dir.resolve(old.getFileName() + ".del");
                try {
                    Files.move(old, doomed, StandardCopyOption.ATOMIC_MOVE);
                    deleteTree(doomed);
                } catch (IOException e) {
                    LOG.warn("cannot delete old snapshot {}: {}", old, e.getMessage());
                }
            }
        }
    }

    private void removeLeftovers() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            for (Path leftover : children.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
                    .toList()) {
                LOG.info("removing {} left by an interrupted write", leftover);
                deleteTree(leftover);
            }
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static Manifest.FileDigest writeFile(Path file, Body body) throws IOException {
        MessageDigest digest = Checksums.sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                    1 << 16), digest);
            body.write(out);
            out.flush();
            channel.force(true);
            return new Manifest.FileDigest(channel.size(), Checksums.hex(digest));
        }
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", root, e.getMessage());
        }
    }

    private record Generation(Manifest manifest, List<StoredArticle> articles) {
    }

    /** A generation written by a build with another format version. */
    private static final class IncompatibleSnapshotException extends Exception {
        IncompatibleSnapshotException(String message) {
            super(message);
        }
    }
}
