package newsdesk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;

import newsdesk.article.Filters;

/** {@code --source}, {@code --from} and {@code --to}: restrict which articles may be used. */
public final class FilterOptions {

    @Option(names = "--source", paramLabel = "OUTLET", description = "Only articles from this outlet (repeatable).")
    List<String> sources = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before.")
    LocalDate to;

    Filters filters() {
        return new Filters(Set.copyOf(sources), from, to);
    }
}
