package newsdesk.eval;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import newsdesk.Settings;

/**
 * The contenders available for one run, by name and in default order, given the corpus file and a way to get
 * Newsdesk {@link Settings} with {@code NEWSDESK_*} overrides on top of the user's environment and flags.
 */
@FunctionalInterface
public interface ContenderCatalog {

    Map<String, SystemFactory> contenders(Path corpus, Function<Map<String, String>, Settings> settings);
}
