package newsdesk.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newsdesk.error.RefusedException;

/**
 * Ratings as an append-only JSON Lines file ({@value #FILE_NAME} in the data directory), one record per line. Each
 * append writes the whole line in one append-mode write and fsyncs the file before returning (and the directory when the file is new), so an
 * acknowledged rating survives a crash or power cut. A crash in the middle of a write leaves at most one torn last
 * line: reading ignores it (and any other line that is not a record, with a warning), and the first append after a
 * restart cuts it off so the new record starts on a line of its own. The file is opened on the first append; reading
 * a missing file gives no records.
 */
public final class FeedbackLog implements FeedbackStore {

    public static final String FILE_NAME = "feedback.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackLog.class);

    private final Path file;
    private FileChannel channel;

    public FeedbackLog(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(Feedback feedback) {
        byte[] line = (FeedbackJson.line(feedback) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            FileChannel out = open();
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            LOG.error("could not append to {}", file, e);
            throw new RefusedException(RefusedException.Kind.UNAVAILABLE, "feedback_write_failed",
                    "the feedback could not be saved; try again later");
        }
    }

    @Override
    public synchronized List<Feedback> all() {
        return read(file);
    }

    /**
     * The records of a feedback log or export at {@code file} (none when it is missing), skipping lines that are not
     * records and a last line without its line break, each with a warning.
     */
    public static List<Feedback> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Feedback> records = new ArrayList<>();
        int start = 0;
        int lineNumber = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lineNumber++;
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(FeedbackJson.parse(line));
            } catch (IllegalArgumentException e) {
                LOG.warn("{} line {} is not a feedback record; skipped ({})", file, lineNumber, e.getMessage());
            }
        }
        if (start < text.length()) {
            LOG.warn("{} ends with an incomplete line (a write cut short); ignored", file);
        }
        return records;
    }

    /**
     * Opens in append mode (so processes sharing the data directory, e.g. {@code serve} and {@code chat}, never write
     * over each other's lines), first cutting off a torn last line (bytes after the last line break).
     */
    private FileChannel open() throws IOException {
        if (channel == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean created = !Files.exists(file);
            if (!created) {
                try (FileChannel repair = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    long keep = completeLength(repair);
                    if (keep < repair.size()) {
                        LOG.warn("{}: cutting off an incomplete last line ({} bytes)", file, repair.size() - keep);
                        repair.truncate(keep);
                        repair.force(true);
                    }
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (created) {
                fsyncDirectory(file.toAbsolutePath().getParent());
            }
        }
        return channel;
    }

    /** The length of the file up to and including its last line break. */
    private static long completeLength(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    private static void fsyncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.debug("could not fsync {} (not supported on every file system)", directory, e);
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("could not close {}", file, e);
            }
            channel = null;
        }
    }
}
