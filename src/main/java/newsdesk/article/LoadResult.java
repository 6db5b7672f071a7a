package newsdesk.article;

import java.util.List;

/** What loading a file or folder produced: the articles in file order, and what was skipped and why. */
public record LoadResult(List<Article> articles, List<LoadFailure> failures) {

    public LoadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
