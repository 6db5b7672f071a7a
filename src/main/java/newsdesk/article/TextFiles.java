package newsdesk.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small file helpers shared by the readers: strict UTF-8 text with LF line ends, and extension checks. */
final class TextFiles {

    private TextFiles() {
    }

    /** The file as UTF-8 text without a byte-order mark and with {@code \n} line ends; rejects empty files. */
    static String read(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ArticleFormatException("the file is empty");
        }
        return text;
    }

    /** Whether the file name ends with one of {@code extensions} (given with their dot), ignoring case. */
    static boolean hasExtension(Path file, String... extensions) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
