package newsdesk.article;

import java.util.List;

/**
 * What loading a file or folder produced: the articles in file order, what was skipped and why ({@code failures}),
 * and what loaded incompletely ({@code notes}, e.g. a page whose date could not be read).
 */
public record LoadResult(List<Article> articles, List<LoadFailure> failures, List<LoadNote> notes) {

    public LoadResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public LoadResult(List<Article> articles, List<LoadFailure> failures) {
        this(articles, failures, List.of());
    }
}
