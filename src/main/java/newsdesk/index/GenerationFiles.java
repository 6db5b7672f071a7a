package newsdesk.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and writes the files of one generation folder: every data file is fsynced and its size and SHA-256 go into
 * the manifest, written last; reading checks magic, size and checksum of every file before parsing anything.
 */
final class GenerationFiles {

    private GenerationFiles() {
    }

    /**
     * Writes the data files and the manifest ({@code template} with counts and digests filled in) into the folder
     * {@code tmp}, then fsyncs the folder.
     */
    static void write(Path tmp, Manifest template, List<StoredArticle> articles) throws IOException {
        Manifest.FileDigest articleFile = writeFile(tmp.resolve(SnapshotFormat.ARTICLES), out -> {
            for (StoredArticle article : articles) {
                out.write(SnapshotFormat.articleLine(article));
            }
        });
        Manifest.FileDigest vectorFile = writeFile(tmp.resolve(SnapshotFormat.VECTORS),
                out -> SnapshotFormat.writeVectors(out, template.profile().dimension(), articles));
        int chunks = articles.stream().mapToInt(a -> a.embedded().vectors().size()).sum();
        Manifest manifest = new Manifest(template.format(), template.generation(), template.createdAt(),
                template.profile(), articles.size(), chunks,
                Map.of(SnapshotFormat.ARTICLES, articleFile, SnapshotFormat.VECTORS, vectorFile));
        writeFile(tmp.resolve(SnapshotFormat.MANIFEST), out -> out.write(manifest.encode()));
        fsyncDirectory(tmp);
    }

    static Generation read(Path genDir) throws CorruptSnapshotException, IncompatibleSnapshotException {
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

    record Generation(Manifest manifest, List<StoredArticle> articles) {
    }

    /** A generation written by a build with another format version. */
    static final class IncompatibleSnapshotException extends Exception {
        IncompatibleSnapshotException(String message) {
            super(message);
        }
    }
}
