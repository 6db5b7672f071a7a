package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * The admin token used when {@code NEWSDESK_ADMIN_TOKEN} is not set: generated once (32 random bytes, hex) and kept in
 * {@value #FILE_NAME} in the data directory, readable by its owner only (mode 0600), so a restart reuses it.
 * {@code generated} tells whether this start created it (then {@code serve} prints it, once).
 */
public record AdminToken(String token, Path file, boolean generated) {

    public static final String FILE_NAME = "admin-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public AdminToken {
        if (token == null || token.length() < AdminSettings.MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the stored admin token in " + file + " is too short: delete the file "
                    + "to have a new one generated");
        }
    }

    /** Reads the stored token of {@code dataDir}, or generates and stores one. */
    public static AdminToken resolve(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(file)) {
                restrict(file);
                return new AdminToken(Files.readString(file, StandardCharsets.US_ASCII).strip(), file, false);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the directory's permissions have to do
            } catch (FileAlreadyExistsException e) {
                return resolve(dataDir); // another process created it first
            }
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            return new AdminToken(token, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or store the admin token in " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "AdminToken[file=" + file + ", generated=" + generated + "]";
    }
}
