package newsdesk.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The OS file lock on a data directory's {@code LOCK} file: one writing process per data directory. */
final class DataDirLock {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

    private FileChannel channel;
    private FileLock lock;

    /** Tries to take the lock of {@code dir} (which exists); whether this process holds it now. */
    boolean acquire(Path dir) throws IOException {
        channel = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        return lock != null;
    }

    boolean held() {
        return lock != null;
    }

    void release(Path dir) {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("cannot release the lock of {}: {}", dir, e.getMessage());
        }
        lock = null;
        channel = null;
    }
}
