package newsdesk.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Collects the good and bad records of one JSON file. A file in which no record is an article (another kind of JSON
 * file) is one failure, not one per record; at most {@link #MAX_LISTED_FAILURES} bad records are listed per file.
 */
final class JsonRecords {

    static final int MAX_LISTED_FAILURES = 20;

    private final Path file;
    private final List<Article> articles = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    JsonRecords(Path file) {
        this.file = file;
    }

    void add(JsonNode node, int line) {
        if (!node.isObject()) {
            fail(line, "expected an article object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        try {
            articles.add(ArticleFields.article(node));
        } catch (ArticleFormatException | IllegalArgumentException e) {
            fail(line, e.getMessage());
        }
    }

    void fail(int line, String reason) {
        failures.add((line > 0 ? "line " + line + ": " : "") + reason);
    }

    /** The articles and failures; throws when the file holds no article at all. */
    LoadResult result() {
        if (articles.isEmpty()) {
            if (failures.isEmpty()) {
                throw new ArticleFormatException("the file holds no articles");
            }
            if (failures.size() == 1) {
                throw new ArticleFormatException(failures.get(0));
            }
            throw new ArticleFormatException("no article among " + failures.size() + " records; the first: "
                    + failures.get(0));
        }
        List<LoadFailure> listed = new ArrayList<>();
        for (String reason : failures.subList(0, Math.min(failures.size(), MAX_LISTED_FAILURES))) {
            listed.add(new LoadFailure(file, reason));
        }
        if (failures.size() > MAX_LISTED_FAILURES) {
            listed.add(new LoadFailure(file, (failures.size() - MAX_LISTED_FAILURES) + " more bad records not listed"));
        }
        return new LoadResult(articles, listed);
    }
}
