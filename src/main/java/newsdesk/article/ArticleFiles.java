package newsdesk.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Lists the candidate files under a folder and words file-system errors for users. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * Regular files under {@code root} (symbolic links followed), sorted, without hidden files and folders;
     * unreadable folders and link loops are reported.
     */
    static List<Path> under(Path root, List<LoadFailure> failures) {
        Walker walker = new Walker(root, failures);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
        } catch (IOException e) {
            failures.add(new LoadFailure(root, describe(e)));
        }
        walker.files.sort(null);
        return walker.files;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "(no extension)" : name.substring(dot);
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file disappeared while loading";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text (" + e.getClass().getSimpleName() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static final class Walker extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<LoadFailure> failures;
        private final List<Path> files = new ArrayList<>();

        Walker(Path root, List<LoadFailure> failures) {
            this.root = root;
            this.failures = failures;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !hidden(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            failures.add(new LoadFailure(file, describe(e)));
            return FileVisitResult.CONTINUE;
        }
    }
}
