package newsdesk.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads articles from one file of one format.
 *
 * <p>Contract: {@link #supports} looks at the file name only; {@link #read} returns at least one article or throws
 * {@link ArticleFormatException} (or {@link IOException}) with a reason a user can act on.
 * {@link #readWithFailures} is the lenient variant for files holding many articles: bad records become failures and
 * the good ones still load.
 */
public interface ArticleReader {

    boolean supports(Path file);

    List<Article> read(Path file) throws IOException;

    /** Reads what can be read; by default the whole file either loads or fails. */
    default LoadResult readWithFailures(Path file) throws IOException {
        return new LoadResult(read(file), List.of());
    }
}
