package newsdesk.index;

/** A snapshot file failed verification; the message says which file and why. Never served. */
final class CorruptSnapshotException extends Exception {

    private final String file;

    CorruptSnapshotException(String file, String reason) {
        super(reason);
        this.file = file;
    }

    String file() {
        return file;
    }
}
